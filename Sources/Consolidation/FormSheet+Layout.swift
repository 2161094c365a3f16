import TaskModel

extension FormSheet {
    /// The column titles and widths, the same on every sheet of the form.
    struct SheetLayout {
        /// The form's columns shown after STT and the unit, in order (the unit column is the second).
        let dataColumns: [Int]
        let headers: [String]
        let widths: [Double]

        init(form: Form) {
            let unitIndex = form.columns.firstIndex { $0.type == .unit } ?? 0
            dataColumns = form.columns.indices.filter { $0 != unitIndex }
            headers = ["STT", form.columns[unitIndex].title] + dataColumns.map { form.columns[$0].title }
                + form.computed.map(\.title) + ["Nhận xét", "Tệp nguồn", "Dòng"]
            let dataWidths = dataColumns.map { ci -> Double in
                let col = form.columns[ci]
                switch col.type {
                case .text: return min(30, max(12, Double(col.maxLength ?? 20) / 8))
                case .enum: return 21
                case .date: return 11.5
                case .money: return 14
                default: return 11
                }
            }
            widths = [5, 18] + dataWidths + form.computed.map { _ in 12 } + [26, 28, 6]
        }
    }
}
