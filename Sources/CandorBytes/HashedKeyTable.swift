/// A fixed table from keys that are already hashes (FNV-1a of a word) to values, by open addressing: a
/// lookup masks the key and compares, where a `Dictionary` would hash the hash again with SipHash. The
/// phrase matcher looks up every word of every post, and those lookups were 1.7% of linting a queue.
/// Inlinable: the table is generic, and unspecialized look-ups from another module would go through witnesses.
public struct HashedKeyTable<Value: Sendable>: Sendable {
    @usableFromInline let keys: [UInt64]
    /// Index into `values` for each slot; -1 for an empty one.
    @usableFromInline let slots: [Int32]
    @usableFromInline let values: [Value]
    @usableFromInline let mask: Int

    /// A table of `entries`, whose keys are distinct.
    @inlinable
    public init(_ entries: [(key: UInt64, value: Value)]) {
        // At most half full, so a probe for an absent key ends soon.
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var values: [Value] = []
        values.reserveCapacity(entries.count)
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            slots[slot] = Int32(values.count)
            values.append(value)
        }
        self.keys = keys
        self.slots = slots
        self.values = values
        mask = capacity - 1
    }

    /// Every key and its value, in no particular order: what the table was made from.
    @inlinable
    public var entries: [(key: UInt64, value: Value)] {
        zip(keys, slots).compactMap { key, slot in slot < 0 ? nil : (key, values[Int(slot)]) }
    }

    @inlinable
    public subscript(key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if keys[slot] == key { return values[Int(index)] }
            slot = (slot + 1) & mask
        }
    }
}
