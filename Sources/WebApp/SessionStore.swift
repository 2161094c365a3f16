import Foundation

/// Sessions in memory: a restart signs everyone out, which is all a clerk loses.
actor SessionStore {
    static let cookieName = "tonghop_phien"
    /// A session unused this long is forgotten (a working day).
    static let idleLimit: TimeInterval = 12 * 3600

    private var sessions: [String: Session] = [:]
    private let englishByDefault: Bool

    init(englishByDefault: Bool) { self.englishByDefault = englishByDefault }

    /// The session of the cookie, or a new one (not signed in) when it is unknown or stale.
    func session(cookieHeader: String?, now: Date = Date()) -> (Session, isNew: Bool) {
        if let id = Self.cookie(Self.cookieName, in: cookieHeader), var s = sessions[id], now.timeIntervalSince(s.lastSeen) < Self.idleLimit {
            s.lastSeen = now
            sessions[id] = s
            return (s, false)
        }
        sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) < Self.idleLimit }
        let s = Session(id: Random.token(), csrf: Random.token(), signedIn: false, english: englishByDefault, lastSeen: now)
        sessions[s.id] = s
        return (s, true)
    }

    /// Signs in under a new id, so an id planted before sign-in is worth nothing after it.
    func signIn(_ old: Session) -> Session {
        sessions[old.id] = nil
        let s = Session(id: Random.token(), csrf: Random.token(), signedIn: true, english: old.english, lastSeen: Date())
        sessions[s.id] = s
        return s
    }

    func signOut(_ s: Session) { sessions[s.id] = nil }

    func setEnglish(_ english: Bool, for s: Session) { sessions[s.id]?.english = english }

    /// `Set-Cookie` for a session: not readable by scripts, never sent by other sites.
    static func setCookie(_ s: Session) -> String {
        "\(cookieName)=\(s.id); Path=/; HttpOnly; SameSite=Strict"
    }

    /// The value of cookie `name` in a `Cookie:` header.
    static func cookie(_ name: String, in header: String?) -> String? {
        guard let header else { return nil }
        for pair in header.split(separator: ";") {
            let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0] == name { return kv[1] }
        }
        return nil
    }
}
