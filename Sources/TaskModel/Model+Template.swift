extension Model {
    /// The words before the model version in the title line of a template made by
    /// `tonghop template` (`… (mẫu TongHop, mô hình 2024.1)`): how a filled template says
    /// which version of the model it was made from.
    public static let templateMarker = "mẫu TongHop, mô hình"
}
