#!/bin/sh
# `make check-precommit-swift`: the `candor-swift` hook (language: swift) through the real pre-commit framework.
# A scratch repository names this repository at its HEAD commit in its .pre-commit-config.yaml; pre-commit
# clones it and builds it with `swift build -c release` (once: both runs below share the environment). The hook
# must then pass a conversational post and stop a press release.
set -eu
precommit=$1
repository=$(pwd)
revision=$(git rev-parse HEAD)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/candor-precommit.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache"
cd "$scratch" && mkdir work && cd work
git init -q -b main
git config user.email check@example.com && git config user.name check
cat > .pre-commit-config.yaml <<CONFIG
repos:
  - repo: $repository
    rev: $revision
    hooks:
      - id: candor-swift
CONFIG
mkdir posts
printf '@maria thanks, fixed! Does the export work for you now?\n' > posts/reply.md
git add .pre-commit-config.yaml posts/reply.md
"$precommit" run candor-swift --files posts/reply.md
printf 'We are pleased to announce our world-class platform. Learn more https://example.com\n' > posts/launch.md
git add posts/launch.md
if "$precommit" run candor-swift --files posts/launch.md; then
  echo "check-precommit-swift: the hook passed a press release"; exit 1
fi
echo "check-precommit-swift: the language: swift hook builds candor and stops a broadcast post"
