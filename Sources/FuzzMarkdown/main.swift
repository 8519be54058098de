import FuzzSupport

/// libFuzzer entry point: the input as a Markdown draft, then as a plain-text one (`.md`, `.txt`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzHarness.bytes(data, size)
    FuzzHarness.read(bytes, as: "md")
    FuzzHarness.read(bytes, as: "txt")
    return 0
}

LibFuzzer.run(fuzzMarkdown)
