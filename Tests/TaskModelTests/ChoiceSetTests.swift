import Foundation
import Testing
import Common
@testable import TaskModel

/// A `oneOf` condition answers as a `Set<String>` would, by Unicode equivalence, however its
/// answers are remembered.
@Suite struct ChoiceSetTests {
    let done = "Đã hoàn thành"

    @Test func aValueIsFoundWhateverItsNormalisation() {
        let set = ChoiceSet([done, "Đang thi công"])
        let decomposed = done.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(done.utf8))
        for _ in 0..<3 {
            #expect(set.contains(done))
            #expect(set.contains(decomposed))
            #expect(!set.contains("Chưa phê duyệt hồ sơ"))
            #expect(!set.contains("đã hoàn thành"))
        }
    }

    @Test func pastItsMemoryTheSetStillAnswers() {
        let set = ChoiceSet([done])
        for i in 0..<3000 { #expect(!set.contains("Hộ \(i)")) }
        #expect(set.contains(done.decomposedStringWithCanonicalMapping))
        #expect(set.contains(done))
    }

    @Test func aConditionResolvedFromTheModelUsesIt() throws {
        let condition = ResolvedCondition.oneOf(0, ChoiceSet([done]))
        let period = try #require(Period(year: 2024, month: 5, cutoffDay: nil))
        #expect(condition.holds([.choice(done)], period: period))
        #expect(condition.holds([.text(done.decomposedStringWithCanonicalMapping)], period: period))
        #expect(!condition.holds([.choice("Đang thi công")], period: period))
        #expect(!condition.holds([nil], period: period))
    }
}
