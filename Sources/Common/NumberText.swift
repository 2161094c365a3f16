/// Numbers written into messages, labels and formulas the same way everywhere: whole numbers
/// without a decimal point (`60000000`, not `6e+07` or `60000000.0`).
public enum NumberText {
    public static func plain(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }
}
