import CXlsxWriter
import Foundation

extension Worksheet {
    public func conditionalFormat(_ range: CellRange, _ cf: ConditionalFormat) throws(XLSXError) {
        let (r1, c1) = try place(range.firstRow, range.firstColumn), (r2, c2) = try place(range.lastRow, range.lastColumn)
        let strings = CStrings()
        var opts = lxw_conditional_format()
        opts.format = try workbook.format(cf.format)
        opts.stop_if_true = cf.stopIfTrue ? 1 : 0
        func criteria(_ c: ConditionalFormat.Rule.Comparison) -> UInt8 {
            let v: lxw_conditional_criteria
            switch c {
            case .equal: v = LXW_CONDITIONAL_CRITERIA_EQUAL_TO
            case .notEqual: v = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
            case .greater: v = LXW_CONDITIONAL_CRITERIA_GREATER_THAN
            case .less: v = LXW_CONDITIONAL_CRITERIA_LESS_THAN
            case .greaterOrEqual: v = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
            case .lessOrEqual: v = LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
            }
            return UInt8(v.rawValue)
        }
        switch cf.rule {
        case .cell(let c, let v):
            opts.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            opts.criteria = criteria(c)
            opts.value = v
        case .cellText(let c, let s):
            opts.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            opts.criteria = criteria(c)
            opts.value_string = strings.make("\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        case .between(let a, let b):
            opts.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            opts.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_BETWEEN.rawValue)
            opts.min_value = a
            opts.max_value = b
        case .formula(let f):
            opts.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            opts.value_string = strings.make(f)
        }
        try XLSXError.check(worksheet_conditional_format_range(try handle, r1, c1, r2, c2, &opts), "\(name) conditional format")
    }

    public func dataValidation(_ range: CellRange, _ dv: DataValidation) throws(XLSXError) {
        let (r1, c1) = try place(range.firstRow, range.firstColumn), (r2, c2) = try place(range.lastRow, range.lastColumn)
        let strings = CStrings()
        var v = lxw_data_validation()
        v.ignore_blank = dv.ignoreBlank ? UInt8(LXW_VALIDATION_ON.rawValue) : UInt8(LXW_VALIDATION_OFF.rawValue)
        v.input_title = strings.make(dv.inputTitle)
        v.input_message = strings.make(dv.inputMessage)
        v.error_title = strings.make(dv.errorTitle)
        v.error_message = strings.make(dv.errorMessage)
        switch dv.alert {
        case .stop: v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        case .warning: v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        case .information: v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
        }
        func bounds(_ lo: Double?, _ hi: Double?) {
            switch (lo, hi) {
            case let (a?, b?):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue); v.minimum_number = a; v.maximum_number = b
            case let (a?, nil):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue); v.value_number = a
            case let (nil, b?):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue); v.value_number = b
            case (nil, nil):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue); v.value_number = -1e307
            }
        }
        var list: [UnsafeMutablePointer<CChar>?] = []
        switch dv.kind {
        case .list(let values):
            // Excel allows 255 characters; libxlsxwriter 1.1.4 copies the list into a buffer of
            // 255 bytes and overflows it on longer UTF-8, so the limit is checked in bytes.
            let length = values.joined(separator: ",").utf8.count
            if length > ExcelLimits.inlineListCharacters { throw .listTooLong(sheet: name, length: length) }
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = values.map { strings.make($0) } + [nil]
        case .listRange(let formula):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            v.value_formula = strings.make(formula)
        case .wholeNumber(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            bounds(lo.map(Double.init), hi.map(Double.init))
        case .decimal(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            bounds(lo, hi)
        case .date(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DATE_NUMBER.rawValue)
            bounds(lo.map(Double.init) ?? 1, hi.map(Double.init))
        case .textLength(let max):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LENGTH.rawValue)
            bounds(nil, Double(max))
        case .custom(let formula):
            v.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
            v.value_formula = strings.make(formula)
        }
        let sheet = try handle
        let result: lxw_error = list.withUnsafeMutableBufferPointer { buf in
            if !buf.isEmpty { v.value_list = buf.baseAddress }
            return worksheet_data_validation_range(sheet, r1, c1, r2, c2, &v)
        }
        try XLSXError.check(result, "\(name) data validation")
    }
}
