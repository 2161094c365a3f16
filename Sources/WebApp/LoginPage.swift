/// The sign-in form, shown instead of every page until the password is given.
enum LoginPage {
    static func html(_ visit: Visit, failed: Bool) -> String {
        let say = visit.say
        let error = failed ? "<p class=\"error\" role=\"alert\">\(say("Mật khẩu không đúng.", "Wrong password."))</p>" : ""
        return Layout.page(visit, title: say("Đăng nhập", "Sign in"), place: .login, body: """
        \(error)
        <form method="post" action="/dang-nhap" class="login">
          \(visit.csrfField)
          <label>\(say("Mật khẩu", "Password")) <input type="password" name="mat_khau" autocomplete="current-password" required autofocus></label>
          <button>\(say("Đăng nhập", "Sign in"))</button>
        </form>
        <p class="hint">\(say("Mật khẩu do cán bộ tin học đặt khi cài đặt (tonghop serve --set-password).",
                              "The password is set by the IT helper (tonghop serve --set-password)."))</p>
        """)
    }
}
