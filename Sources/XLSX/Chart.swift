import CXlsxWriter

/// A chart of a ``Workbook``, placed on a sheet with ``Worksheet/insertChart(_:row:column:xScale:yScale:)``.
public final class Chart {
    public enum Kind: Sendable {
        case column, bar

        var type: UInt8 { UInt8((self == .column ? LXW_CHART_COLUMN : LXW_CHART_BAR).rawValue) }
    }

    private let pointer: UnsafeMutablePointer<lxw_chart>
    unowned let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        pointer = handle
        self.workbook = workbook
    }

    /// The C chart, while its workbook is open (libxlsxwriter frees charts with the workbook).
    var handle: UnsafeMutablePointer<lxw_chart> {
        get throws(XLSXError) {
            guard workbook.isOpen else { throw .closed }
            return pointer
        }
    }

    /// Adds a series from ranges such as ``CellReference/range(sheet:firstRow:firstColumn:lastRow:lastColumn:)``.
    public func addSeries(name: String?, categories: String, values: String, color: UInt32? = nil, labels: Bool = false,
                          labelFormat: String? = nil) throws(XLSXError) {
        guard let s = chart_add_series(try handle, categories, values) else {
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

    public func setTitle(_ title: String) throws(XLSXError) { chart_title_set_name(try handle, title) }

    public func setAxes(x: String?, y: String?, yNumberFormat: String? = nil, yMin: Double? = nil, yMax: Double? = nil) throws(XLSXError) {
        let chart = try handle
        if let x { chart_axis_set_name(chart.pointee.x_axis, x) }
        if let y { chart_axis_set_name(chart.pointee.y_axis, y) }
        if let f = yNumberFormat { chart_axis_set_num_format(chart.pointee.y_axis, f) }
        if let m = yMin { chart_axis_set_min(chart.pointee.y_axis, m) }
        if let m = yMax { chart_axis_set_max(chart.pointee.y_axis, m) }
    }

    public func hideLegend() throws(XLSXError) { chart_legend_set_position(try handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
}
