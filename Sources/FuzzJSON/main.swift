import FuzzSupport

/// libFuzzer entry point: the input as a JSON queue, then as JSON Lines (the two share `JSONParser`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzHarness.bytes(data, size)
    FuzzHarness.read(bytes, as: "json")
    FuzzHarness.read(bytes, as: "jsonl")
    return 0
}

LibFuzzer.run(fuzzJSON)
