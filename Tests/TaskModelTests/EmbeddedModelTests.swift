import Foundation
import Testing
@testable import TaskModel

/// The model compiled into the program is `Resources/model.json`, byte for byte.
@Suite struct EmbeddedModelTests {
    @Test func matchesModelJSON() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TaskModel/Resources/model.json")
        let json = try String(contentsOf: file, encoding: .utf8)
        #expect(EmbeddedModel.json == json, "model.json changed: run python3 scripts/embed-model.py")
    }
}
