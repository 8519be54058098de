/// An entity as a scanner finds it, its range still in scalar indices (`ScalarText.entity(_:)` makes bytes).
struct ScannedEntity {
    let kind: Entity.Kind
    let scalarRange: Range<Int>
    let value: String
}
