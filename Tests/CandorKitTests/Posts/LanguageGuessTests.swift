import Testing
@testable import CandorKit

/// The simple guess of a post's language: not English only on clear evidence.
struct LanguageGuessTests {
    private func guess(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let hashes = bytes.withUnsafeBufferPointer { buffer in
            WordScanner.words(in: buffer, range: 0..<buffer.count).map { PhraseMatcher.foldedHash(buffer[$0]) }
        }
        return LanguageGuess.language(ofWordHashes: hashes)
    }

    @Test func clearTextInAnotherLanguageIsThatLanguage() {
        #expect(guess("Wir freuen uns, heute unsere neue Plattform vorzustellen. Sie ist für alle Teams da.") == "de")
        #expect(guess("WIR FREUEN UNS, HEUTE UNSERE NEUE PLATTFORM VORZUSTELLEN. SIE IST FÜR ALLE DA.") == "de", "in any case")
        #expect(guess("Estamos muy contentos de presentar hoy nuestra nueva plataforma para todos los equipos.") == "es")
        #expect(guess("Nous sommes heureux de vous présenter notre nouvelle plateforme, disponible dans les magasins.") == "fr")
    }

    @Test func englishShortAndMixedTextStaysEnglish() {
        #expect(guess("We are happy to show you our new platform today, and it is for all of you.") == "en")
        #expect(guess("Danke!") == "en", "one word is no evidence")
        #expect(guess("Loved the Kindergarten concert, the kids sang Stille Nacht and it was the best.") == "en")
        #expect(guess("") == "en")
    }

    @Test func tagsAndNamesBecomeCodes() {
        #expect(LanguageGuess.code("de-DE") == "de")
        #expect(LanguageGuess.code(" ES ") == "es")
        #expect(LanguageGuess.code("German") == "de")
        #expect(LanguageGuess.code("pt_BR") == "pt")
    }
}
