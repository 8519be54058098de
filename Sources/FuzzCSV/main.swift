import FuzzSupport

/// libFuzzer entry point: the input as a comma-separated calendar, then as a tab-separated one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzHarness.bytes(data, size)
    FuzzHarness.read(bytes, as: "csv")
    FuzzHarness.read(bytes, as: "tsv")
    return 0
}

LibFuzzer.run(fuzzCSV)
