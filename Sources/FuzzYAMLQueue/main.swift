import FuzzSupport

/// libFuzzer entry point: the input as a YAML queue.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLQueue(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.read(FuzzHarness.bytes(data, size), as: "yml")
    return 0
}

LibFuzzer.run(fuzzYAMLQueue)
