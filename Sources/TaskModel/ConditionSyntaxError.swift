/// A condition in the model file that cannot be read, with what was expected.
struct ConditionSyntaxError: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}
