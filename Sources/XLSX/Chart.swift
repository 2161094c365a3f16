import CXlsxWriter

/// A chart of a ``Workbook``, placed on a sheet with ``Worksheet/insertChart(_:row:column:xScale:yScale:)``.
public final class Chart {
    public enum Kind: Sendable {
        case column, bar

        var type: UInt8 { UInt8((self == .column ? LXW_CHART_COLUMN : LXW_CHART_BAR).rawValue) }
    }

    let handle: UnsafeMutablePointer<lxw_chart>
    unowned let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// Adds a series from ranges such as ``CellReference/range(sheet:firstRow:firstColumn:lastRow:lastColumn:)``.
    public func addSeries(name: String?, categories: String, values: String, color: UInt32? = nil, labels: Bool = false,
                          labelFormat: String? = nil) throws(XLSXError) {
        guard let s = chart_add_series(handle, categories, values) else {
            throw .library(code: 0, text: "series not added", context: "chart series \(values)")
        }
        if let name { chart_series_set_name(s, name) }
        if let color {
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color)
            chart_series_set_fill(s, &fill)
        }
        if labels {
            chart_series_set_labels(s)
            if let f = labelFormat { chart_series_set_labels_num_format(s, f) }
        }
    }

    public func setTitle(_ title: String) { chart_title_set_name(handle, title) }

    public func setAxes(x: String?, y: String?, yNumberFormat: String? = nil, yMin: Double? = nil, yMax: Double? = nil) {
        if let x { chart_axis_set_name(handle.pointee.x_axis, x) }
        if let y { chart_axis_set_name(handle.pointee.y_axis, y) }
        if let f = yNumberFormat { chart_axis_set_num_format(handle.pointee.y_axis, f) }
        if let m = yMin { chart_axis_set_min(handle.pointee.y_axis, m) }
        if let m = yMax { chart_axis_set_max(handle.pointee.y_axis, m) }
    }

    public func hideLegend() { chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
}
