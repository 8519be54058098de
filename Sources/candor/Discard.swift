/// An output that keeps nothing: where `lint -q` sends the report it does not print.
struct Discard: TextOutputStream {
    mutating func write(_ string: String) {}
}
