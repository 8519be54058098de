import Testing
@testable import CandorKit

/// Vale's metric formulas: arithmetic with the usual precedence, functions, and the variables a rule may read.
struct MetricExpressionTests {
    private let known: Set<String> = ["words", "sentences", "syllables"]

    private func value(_ formula: String, _ variables: [String: Double] = [:]) throws -> Double {
        let expression = try MetricExpression.parse(formula) { self.known.contains($0) }
        return expression.evaluate { variables[$0] ?? 0 }
    }

    @Test func precedenceAndAssociativity() throws {
        #expect(try value("1 + 2 * 3") == 7)
        #expect(try value("(1 + 2) * 3") == 9)
        #expect(try value("10 - 4 - 3") == 3)
        #expect(try value("12 / 3 / 2") == 2)
        #expect(try value("2 ^ 3 ^ 2") == 512)  // right-associative: 2^(3^2)
        #expect(try value("2 * 3 ^ 2") == 18)
        #expect(try value("10 / 4") == 2.5)
        #expect(try value("7 % 4 + 1") == 4)
        #expect(try value("-3 + 5") == 2)
        #expect(try value("4 - -2") == 6)
        #expect(try value(".5 * 4") == 2)
    }

    @Test func divisionByZeroReadsAsZero() throws {
        #expect(try value("words / sentences", ["words": 10, "sentences": 0]) == 0)
        #expect(try value("5 % 0") == 0)
    }

    @Test func functions() throws {
        #expect(try value("sqrt(16)") == 4)
        #expect(try value("abs(-3)") == 3)
        #expect(try value("max(1, 5, 2)") == 5)
        #expect(try value("min(4, 2)") == 2)
        #expect(try value("round(2.5)") == 3)
        #expect(try value("floor(2.7)") == 2)
        #expect(try value("ceil(2.1)") == 3)
        #expect(try value("log(1)") == 0)
        #expect(try value("sqrt(16) + max(1, 2) * 2") == 8)
    }

    @Test func valeReadabilityFormula() throws {
        // Flesch-Kincaid grade, as Vale's readability rules write it.
        let grade = try value(
            "(0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59",
            ["words": 100, "sentences": 5, "syllables": 150])
        #expect(abs(grade - 9.91) < 1e-9)
    }

    @Test func variablesAreReported() throws {
        let expression = try MetricExpression.parse("words / max(sentences, 1)") { self.known.contains($0) }
        #expect(expression.variables == ["words", "sentences"])
    }

    @Test func unknownVariableNamesItAndItsOffset() throws {
        let error = #expect(throws: MetricExpression.ParseError.self) {
            try MetricExpression.parse("words / sentencez") { self.known.contains($0) }
        }
        #expect(error?.message == "unknown variable 'sentencez'")
        #expect(error?.offset == 8)
    }

    @Test func malformedFormulasAreErrors() throws {
        let isKnown: (String) -> Bool = { self.known.contains($0) }
        #expect(throws: MetricExpression.ParseError.self) { try MetricExpression.parse("1 +", isVariable: isKnown) }
        #expect(throws: MetricExpression.ParseError.self) { try MetricExpression.parse("(1 + 2", isVariable: isKnown) }
        #expect(throws: MetricExpression.ParseError.self) { try MetricExpression.parse("1 2", isVariable: isKnown) }
        #expect(throws: MetricExpression.ParseError.self) { try MetricExpression.parse("cube(2)", isVariable: isKnown) }
        #expect(throws: MetricExpression.ParseError.self) { try MetricExpression.parse("sqrt(1, 2)", isVariable: isKnown) }
        #expect(throws: MetricExpression.ParseError.self) { try MetricExpression.parse("1.2.3", isVariable: isKnown) }
    }
}
