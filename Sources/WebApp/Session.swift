import Foundation

/// One browser's visit: who it is (signed in or not), its form token and its language.
public struct Session: Sendable {
    public let id: String
    /// Put in every form and checked on every POST (the double check against cross-site
    /// requests, with the cookie's SameSite=Strict).
    public let csrf: String
    public var signedIn: Bool
    public var english: Bool
    var lastSeen: Date
}
