import CLibFuzzer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts libFuzzer from a target's `main.swift`.
///
/// SwiftPM links an executable with its entry point renamed (`--defsym main=<Target>_main`, for testable
/// executables), so `-parse-as-library`, which libFuzzer's own `main` needs, leaves that symbol undefined.
/// Instead, each target's top-level code is `main` and hands over to libFuzzer's driver, which parses the
/// usual libFuzzer flags and calls `callback` (the target's `LLVMFuzzerTestOneInput`) once per input.
public enum LibFuzzer {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func run(_ callback: Callback) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    }
}
