import ArgumentParser

@main
struct TongHop: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tonghop", abstract: "Tổng hợp báo cáo tháng của các xã, thị trấn.", version: "0.1.0")
}
