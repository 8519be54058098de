#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import CandorKit

/// Environment variables are read through `Environment`: the process's own, or a set a test hands over.
struct EnvironmentTests {
    @Test func aGivenEnvironmentHoldsItsVariablesAndNoOthers() {
        let environment = Environment(["HOME": "/home/ana", "NO_COLOR": ""])
        #expect(environment.value("HOME") == "/home/ana")
        #expect(environment.value("NO_COLOR") == "")
        #expect(environment.value("PATH") == nil)
        #expect(Environment([:]).value("HOME") == nil)
    }

    @Test func theProcessEnvironmentIsReadWhenAsked() {
        let name = "CANDOR_ENVIRONMENT_TEST_\(getpid())_\(UInt32.random(in: 0 ... .max))"
        #expect(Environment.process.value(name) == nil)
        setenv(name, "set", 1)
        defer { unsetenv(name) }
        #expect(Environment.process.value(name) == "set")
        setenv(name, "", 1)
        #expect(Environment.process.value(name) == "")
    }

    @Test func theUsersConfigurationFileComesFromTheEnvironment() {
        #expect(ConfigLoader.userFile(in: Environment(["XDG_CONFIG_HOME": "/x", "HOME": "/home/ana"])) == "/x/candor/config.yml")
        #expect(ConfigLoader.userFile(in: Environment(["HOME": "/home/ana"])) == "/home/ana/.config/candor/config.yml")
        #expect(ConfigLoader.userFile(in: Environment([:])) == nil)
    }
}
