import Testing
@testable import CandorKit

/// The variables that tell a person's voice from a broadcast: `informal`, `attributions`, `reported_speech`,
/// and what they do to the score's "mentions someone" and "sounds casual" signals.
struct VoiceMetricsTests {
    private func metrics(_ text: String) throws -> Metrics { try lint(text, rules: []).metrics }

    @Test func casualSpeechCountsAsInformal() throws {
        #expect(try metrics("Sooooo ready for summer")["informal"] == 1)           // a stretched letter
        #expect(try metrics("What a goal, damn")["informal"] == 1)                 // swearing
        #expect(try metrics("Wow, gonna miss that place")["informal"] == 2)        // interjection, chat spelling
        #expect(try metrics("Ahhh the office is quiet today")["informal"] == 1)
        // Laughter counts once a word, in any case and however long.
        #expect(try metrics("HAHAHAHA that was good, hahaha")["informal"] == 2)
        // Stacked exclamation marks are punctuation stretched for feeling: each run counts once.
        #expect(try metrics("Had a really good day!! Home now!!!")["informal"] == 2)
    }

    /// Text emoticons count when they end the word they are in; the same marks inside words or text do not.
    @Test func emoticonsAreCountedWhereTheyEndAWord() {
        func count(_ text: String) -> Int { Metrics.emoticons(in: Array(text.utf8)) }
        #expect(count(":) fixed it :-( and :D") == 3)
        #expect(count(";) =) :'( :P") == 4)
        #expect(count("<3 <3") == 2)
        #expect(count(":Data, a:b, x=y, 1<2, <3x") == 1)  // only "<3", which needs no word end
        #expect(count(":") == 0)
        #expect(count("ratio 3:2 at 10:30 :") == 0)
    }

    @Test func capitalsShoutedWithoutALinkAreCasual() throws {
        #expect(try metrics("Oh well, they remade it... NO GOOD CAN COME OF THIS.")["informal"] == 1)
        #expect(try metrics("HE'S A SCUMBAG DON'T YA KNOW")["informal"] == 1)
        #expect(try metrics("I AM SO HAPPY TODAY")["informal"] == 1)  // counted from "AM", as Hype reads it
        #expect(try metrics("Cigar smell. GROSS GROSS GROSS")["informal"] == 1)  // one run, counted once
        #expect(try metrics("ÇA VA TRÈS BIEN")["informal"] == 1)  // capitals beyond ASCII
    }

    @Test func capitalsBesideALinkOrShortOfThreeWordsAreNotShouting() throws {
        // Beside a link, capitals are more often a title or a listing.
        #expect(try metrics("APPLE IPHONE WITH ACCESSORIES, NO CONTRACT https://example.com/i")["informal"] == 0)
        // Two words, words split by punctuation, words with a digit or a lower-case letter.
        #expect(try metrics("The BBC NEWS team is here")["informal"] == 0)
        #expect(try metrics("Results: NO, NOT, NEVER")["informal"] == 0)
        #expect(try metrics("Southgate won D1 D2 D3 today")["informal"] == 0)
        #expect(try metrics("The new iPHONE IS OUT today")["informal"] == 0)
        #expect(try metrics("ÇA VA très BIEN")["informal"] == 0)
    }

    @Test func formalWritingIsNotInformal() throws {
        #expect(try metrics("The committee meets in Room 3 at noon.")["informal"] == 0)
        // Roman numerals, "www", and a doubled letter are not stretched speech.
        #expect(try metrics("Super Bowl XXX and World War III, see www dot example")["informal"] == 0)
        #expect(try metrics("Coffee tastes better in the morning.")["informal"] == 0)
        // One exclamation mark, or several apart, is not a stack.
        #expect(try metrics("Doors open at noon! Bring a friend! Or two!")["informal"] == 0)
    }

    @Test func aLetterStretchedInAnyCaseIsCasual() throws {
        // Three of a letter in a row is a stretch, a vowel or a consonant, in lower case or in capitals.
        #expect(try metrics("We won, NOOO way")["informal"] == 1)
        #expect(try metrics("She's a DANCERRRR")["informal"] == 1)
        #expect(try metrics("Hmmm that was odd")["informal"] == 1)
        #expect(try metrics("Printer jammed again, GRRR")["informal"] == 1)
    }

    @Test func anILetterOfAnAbbreviationIsNoOneSpeaking() throws {
        // "I" joined by a dot to a letter is a letter of an abbreviation.
        #expect(try metrics("RCMP investigate double homicide in P.E.I.")["first_person_singular"] == 0)
        #expect(try metrics("The suspect has been I.D.'d by police")["first_person_singular"] == 0)
        // The pronoun, and an "I" beside a full stop that ends a sentence, still count.
        #expect(try metrics("That suitcase is mine. I put a pink tag on it.")["first_person_singular"] == 2)
        #expect(try metrics("Back from the U.S. I missed tea.")["first_person_singular"] == 1)
    }

    @Test func aClosingDashAndMentionCreditsTheWire() throws {
        // A dash and a mention that close the post name the outlet the news was taken from: reported speech.
        #expect(try metrics("Manchester United hires Louis van Gaal as manager - @AP")["reported_speech"] == 1)
        #expect(try metrics("FTSE 100 closes at its highest since 1999 \u{2014} @BloombergNews")["reported_speech"] == 1)
        // Not a mention inside the post, nor one with words after it, nor a dash joined to a word.
        #expect(try metrics("Dinner - @sam cooked, finally")["reported_speech"] == 0)
        #expect(try metrics("Great gig last night with @sam")["reported_speech"] == 0)
        #expect(try metrics("Off to the match with my brother-@sam")["reported_speech"] == 0)
    }

    @Test func wordsBeforeASpeakersClosingCreditAreTheSpeakers() throws {
        // A comma, then "says Name" or "Name says" closing the sentence: the words before are the speaker's.
        #expect(try metrics("Forgetting my speech lines is peril of the job, Miliband says")["first_person_singular"] == 0)
        #expect(try metrics("Queen purred when I told her, says Cameron in microphone slip")["first_person_singular"] == 0)
        #expect(try metrics("Arrest the officer who shot my son, #MichaelBrown mother tells @GMA")["first_person_singular"] == 0)
        // A quoted passage inside the reported sentence merges with it; the writer's own sentence after it counts.
        let merged = try metrics("Queen purred when I told her we voted \u{2018}no\u{2019}, says Cameron. You heard it here")
        #expect(merged["first_person_singular"] == 0 && merged["first_person_plural"] == 0 && merged["second_person"] == 1)
        // Only the sentence the comma ends; a verb with more words after it opens a clause, not a credit.
        #expect(try metrics("I like the word. Plus, Hugh Laurie said it was fantastic")["first_person_singular"] == 1)
        #expect(try metrics("I like the word, Hugh Laurie said it was fantastic")["first_person_singular"] == 1)
        // A credit must name someone: "said no one ever" is the writer's joke.
        #expect(try metrics("I love Mondays, said no one ever")["first_person_singular"] == 1)
    }

    @Test func aMentionThatNamesTheSpeakerIsAnAttribution() throws {
        #expect(try metrics(".@premier says the budget comes back in July.")["attributions"] == 1)
        #expect(try metrics("Half the city is flooded, writes @critic in today's paper.")["attributions"] == 1)
        #expect(try metrics("A test for cancer at 16: @student tells @editor how.")["attributions"] == 2)
        #expect(try metrics("Meet the commuters using the trip to get ahead. @reporter reports.")["attributions"] == 1)
    }

    @Test func aMentionWhoseWorkABulletinPresentsIsAnAttribution() throws {
        // A presenting verb after the mention: the post is about the person's piece, not to them.
        #expect(try metrics("Reporter @ann talks the specifics (VIDEO)")["attributions"] == 1)
        #expect(try metrics("Ten years after the flood, @writer examines what the town rebuilt")["attributions"] == 1)
        // "@name on" and a question word: the byline of a piece.
        #expect(try metrics("The Carney crush: @writer on why the city is in a frenzy")["attributions"] == 1)
        // "@name on" a topic, where the mention opens a clause after a colon or a sentence's end: a byline too.
        #expect(try metrics("Gold medals all round: @writer on the Chelsea Flower Show")["attributions"] == 1)
        #expect(try metrics("Stars hit town for the concert. @writer on the battle of the bands")["attributions"] == 1)
        // Inside a sentence, "@name on" is someone spoken to or of: congratulated, watched.
        #expect(try metrics("Congratulations @ann on the birth of your baby girl")["attributions"] == 0)
        #expect(try metrics("Gonna watch @band on the Ellen Show tonight")["attributions"] == 0)
        // After a closing quotation mark and a colon: who said the quoted words.
        #expect(try metrics("\"It was avoidable\": @historian on the war")["attributions"] == 1)
        #expect(try metrics("\u{201C}It was avoidable\u{201D}: @historian on the war")["attributions"] == 1)
        // A role after the mention: the organisation names who someone is.
        #expect(try metrics("A former dancer is accusing @club owner Jerry Jones of assault")["attributions"] == 1)
        #expect(try metrics("In today's paper: @party president Gerry Adams speaks of a threat")["attributions"] == 1)
    }

    @Test func aMentionAfterARoleNamesWhoThePersonIs() throws {
        #expect(try metrics("Interview with immigration minister @minister https://example.com/i")["attributions"] == 1)
        #expect(try metrics("Athabasca sale closes (via oil and gas reporter @reporter)")["attributions"] == 1)
        // A title before the role addresses the person; a word that is no role leaves the mention addressing.
        #expect(try metrics("Happy birthday Mr. President @name, God bless")["attributions"] == 0)
        #expect(try metrics("Off to the gig tonight with my friend @sam")["attributions"] == 0)
    }

    @Test func aMentionBeforeOtherWordsStillAddressesSomeone() throws {
        // "on" before a day is not a byline; a colon after plain words opens a list of people.
        #expect(try metrics("Drinks with @sam on Saturday, who's in?")["attributions"] == 0)
        #expect(try metrics("Thanks to my team: @ann @bo")["attributions"] == 0)
        // Fans and players of a club are not a role it names someone by.
        #expect(try metrics("Hundreds of @club fans at the ground today")["attributions"] == 0)
        // A reply's opening mention addresses someone even before a presenting verb.
        #expect(try metrics("@ann talks too much, she knows it")["attributions"] == 0)
    }

    @Test func aQuotationOfSixWordsIsReportedSpeech() throws {
        // Someone's words relayed, with no reporting verb: after a speaker's name and a colon, or on their own.
        #expect(try metrics("Merlino: \"This was a ring run out of the Premier's office\"")["reported_speech"] == 1)
        #expect(try metrics("\u{201C}Few things are harder to put up with than a good example.\u{201D} - Mark Twain")["reported_speech"] == 1)
        // Each quotation counts once, beside the reporting verbs.
        #expect(try metrics("\"We will not back down on this one\", she said. \"Not now, not ever, not for anyone.\"")["reported_speech"] == 3)
    }

    @Test func pronounsInQuotationMarksAreTheQuotedSpeakers() throws {
        // Someone else's "I", in double quotes, straight or curly, or in single quotes, is not the writer's.
        #expect(try metrics("\"Today I'm thrilled to be alive,\" says Dr Brantly")["first_person_singular"] == 0)
        #expect(try metrics("\u{201C}I am as unnoticeable as that wheelie bin.\u{201D}")["first_person_singular"] == 0)
        #expect(try metrics("Rob Ford: 'I'm ashamed and humiliated'; pledges clean living")["first_person_singular"] == 0)
        #expect(try metrics("Jailed Marine's mom: \u{2018}My heart is breaking\u{2019} says the family")["first_person_singular"] == 0)
        // A title's "you", a quoted speaker's "we".
        #expect(try metrics("Prankster's show 'Nathan For You' back for Season 2")["second_person"] == 0)
        #expect(try metrics("\"We won't let this verdict sum him up,\" the family said")["first_person_plural"] == 0)
        // The writer's own words around the quotation still count.
        let around = try metrics("I told them \"you were right all along\" and you know what, they laughed")
        #expect(around["first_person_singular"] == 1)
        #expect(around["second_person"] == 1)
    }

    @Test func wordsAfterASpeakersKickerAreTheSpeakers() throws {
        // A named person's kicker and first-person words: a quotation without the marks.
        #expect(try metrics(".@minister: I think the bill goes too far #auspol")["first_person_singular"] == 0)
        #expect(try metrics(".@minister: My message to the party is to stay and fight")["first_person_singular"] == 0)
        #expect(try metrics("Dane Cook: I slept with hundreds of groupies | https://example.com/d")["first_person_singular"] == 0)
        #expect(try metrics("Sarah Burton: how I kept the wedding dress secret")["first_person_singular"] == 0)
        #expect(try metrics("Matthew Parris: I\u{2019}m a Tory, I simply could not")["first_person_singular"] == 0)
    }

    @Test func aLabelOrAPersonsOwnColonIsNoSpeakersKicker() throws {
        // A label, a lone word, a name joined by small words, a reply: the "I" after them is the writer's.
        #expect(try metrics("Photo: I finally made it to the top https://example.com/p")["first_person_singular"] == 1)
        #expect(try metrics("Me: I want to log in.\nSupport: please verify your number")["first_person_singular"] == 2)
        #expect(try metrics("Friend of Friend: I bet he just ousted the mayor")["first_person_singular"] == 1)
        #expect(try metrics("@ann: I think you are right about the bill")["first_person_singular"] == 1)
        // Words that do not open in the first person, and the writer's next line, are the writer's own.
        #expect(try metrics("Game Stop: where I take my boys to buy games")["first_person_singular"] == 2)
        #expect(try metrics("Dane Cook: I slept all day\nI saw the show, it was fine")["first_person_singular"] == 1)
    }

    @Test func aPostSharedWithAViaCreditSpeaksInTheSourcesVoice() throws {
        // The whole post is the source's words: their "I", "you", "we" and casual marks are not the writer's.
        let shared = try metrics("Good morning all, enjoy your day! Loving it \u{1F60E} https://example.com/p / via @reader #Down")
        #expect(shared["second_person"] == 0)
        #expect(shared["informal"] == 0)
        #expect(shared["first_person_singular"] == 0)
        #expect(try metrics("My view over the bay this morning https://example.com/g / via @reader @desk")["first_person_singular"] == 0)
        #expect(try metrics("We made the front page https://example.com/f (via @reporter)")["first_person_plural"] == 0)
    }

    @Test func wordsOfTheWritersOwnAfterOrAroundAViaKeepTheirVoice() throws {
        // Words after the credit are the writer's: the post is not a credited share.
        let after = try metrics("Storm photo https://example.com/s via @reader, I love it \u{1F60E}")
        #expect(after["first_person_singular"] == 1)
        #expect(after["informal"] == 1)
        #expect(try metrics("Great tip via @ann: you should try it")["second_person"] == 1)
    }

    @Test func apostrophesAndUnclosedQuotesQuoteNothing() throws {
        // An apostrophe in a word, or after one, opens no quotation.
        #expect(try metrics("I'm sure you don't mind, it's the students' union's call")["first_person_singular"] == 1)
        #expect(try metrics("The students' union says I can't go")["first_person_singular"] == 1)
        #expect(try metrics("Rock 'n' roll and I love it")["first_person_singular"] == 1)
        #expect(try metrics("Back to the \u{2019}90s and I love it")["first_person_singular"] == 1)
        // A quote that never closes holds nothing; a single quote stops at a line break.
        #expect(try metrics("\"I can't stop smiling today")["first_person_singular"] == 1)
        #expect(try metrics("'Best day ever\nI mean it, you're all brilliant'")["first_person_singular"] == 1)
    }

    @Test func anOpeningWithTheIDroppedSpeaksAsI() throws {
        // A diary's voice: the writer is the subject left out.
        for text in [
            "Loving The Checkout on ABC iView. https://example.com/c", "Just seen a truly brilliant cushion...",
            "Love this https://example.com/p", "Quite enjoyed Ghost Protocol.", "Can\u{2019}t wait til next week",
            "Off to school", "So proud of her today", "Heading home after a long day", "Gutted.",
            "Hate when the train is late", "Looking forward to the weekend",
            "Glad to see Chris Foy has been snapped up", "Good to hear Buemi's been offered a seat",
            "Lovely to hear Stephen Fry rave about libraries",
        ] {
            #expect(try metrics(text)["first_person_singular"] == 1, "\(text)")
        }
    }

    @Test func aSubjectANounOrAnAppsWordsAreNoDroppedI() throws {
        for text in [
            "Police arrest two men over the cold case", "Love Island returns tonight", "Love and learn? A poll",
            "Loved ones gather at the memorial", "Just posted a photo https://example.com/p",
            "Proud to announce our new platform", "Excited to share the news", "Missing hiker found alive",
            "RT @ann: Loving the tour so far", "#Loving the weather", "Lovefilm adds new titles",
            "Pleased to see our numbers grow", "Good to go: the new release", "Great to be back on the road",
        ] {
            #expect(try metrics(text)["first_person_singular"] == 0, "\(text)")
        }
    }

    @Test func aTitleOrAnUnclosedQuoteIsNotReportedSpeech() throws {
        // A title or a phrase held up in quotes is under six words.
        #expect(try metrics("Watching \"The Education of Charlie Banks\" tonight. Good movie")["reported_speech"] == 0)
        #expect(try metrics("The so-called \"fix\" broke the export again")["reported_speech"] == 0)
        // A quote that never closes, or closes with the other kind of mark, pairs with nothing.
        #expect(try metrics("Inches of rain overnight and the \"river is up over the road again by the bridge")["reported_speech"] == 0)
        #expect(try metrics("\u{201C}the river is up over the road again by the bridge\"")["reported_speech"] == 0)
    }

    @Test func aHeadlineQuestionOpensThePost() throws {
        #expect(try metrics("Will Apple do to cars what it has done to phones? https://example.com/a")["opening_question"] == 1)
        // After a label and a colon, or a retweet's "RT @name:".
        #expect(try metrics("Justin Trudeau's home break-in: Do party leaders need more security?")["opening_question"] == 1)
        #expect(try metrics("RT @paper: Why won't more challengers step up? Our reporter explains")["opening_question"] == 1)
        // A contraction of the question word is the same word.
        #expect(try metrics("Who's next on the list? https://example.com/list")["opening_question"] == 1)
        // Any run of "?" ends the question.
        #expect(try metrics("Is the old pier finally reopening?? https://example.com/pier")["opening_question"] == 1)
    }

    @Test func otherQuestionsDoNotOpenLikeAHeadline() throws {
        // No question word or auxiliary first; a question after the first sentence.
        #expect(try metrics("Anyone else think the new logo is worse?")["opening_question"] == 0)
        #expect(try metrics("Lovely day. Will it last?")["opening_question"] == 0)
        // The first sentence ends before any "?", or there is none.
        #expect(try metrics("How we rebuilt the export. Any questions?")["opening_question"] == 0)
        #expect(try metrics("What a view from the top")["opening_question"] == 0)
    }

    @Test func aMentionThatAddressesSomeoneIsNotAnAttribution() throws {
        // A reply addresses its first mention whatever follows.
        #expect(try metrics("@maria says it works for her too")["attributions"] == 0)
        #expect(try metrics("Great lunch with @maria today.")["attributions"] == 0)
        #expect(try metrics("Thanks @lee, that fixed it.")["attributions"] == 0)
        #expect(try metrics("Well said. @lee, you should write this up.")["attributions"] == 0)
    }

    @Test func mentionsInRelayedWordsAreAttributions() throws {
        // A retweet: the mentions after "RT @source" (or "MT @source") are the source's.
        #expect(try metrics("RT @desk: Congratulations to @winner on the award")["attributions"] == 2)
        #expect(try metrics("MT @desk: @mayor opens the bridge on Monday")["attributions"] == 2)
        // A post that ends by crediting its source relays the source's words, tags and all.
        #expect(try metrics("Lovely evening in Meath @tourism https://example.com/p / via @reader @weather")["attributions"] == 3)
        #expect(try metrics("Will shipping get cheaper? (via @reporter) https://example.com/s #retail")["attributions"] == 1)
    }

    @Test func theWritersOwnMentionsAroundARelayStillAddress() throws {
        // Words after the credit are the writer's: the post does not end with it.
        #expect(try metrics("Got the tip via @lee, thanks @sam for the ride")["attributions"] == 1)
        // "trivia" is not "via".
        #expect(try metrics("Trivia night with @lee, who's in?")["attributions"] == 0)
        // A reply still addresses the person it opens with, and a comment before the retweet is the writer's.
        #expect(try metrics("@maria great shot, via @reader")["attributions"] == 1)
        #expect(try metrics("@lee you'll like this RT @desk: @mayor opens the bridge")["attributions"] == 2)
    }

    @Test func aRelayedMentionEarnsNoMentionSignal() throws {
        let relayed = try lint("RT @desk: Congratulations to @winner on the award", rules: []).score
        #expect(!relayed.terms.contains { $0.label == "mentions someone" })
        let commented = try lint("Well deserved, @winner! RT @desk: the award goes to the bakery", rules: []).score
        #expect(commented.terms.contains { $0.label == "mentions someone" })
    }

    @Test func reportingVerbsAreCounted() throws {
        #expect(try metrics("Police say a man is in custody, the minister told reporters.")["reported_speech"] == 2)
        #expect(try metrics("According to the survey, most sites failed.")["reported_speech"] == 1)
        #expect(try metrics("We shipped the fix this morning.")["reported_speech"] == 0)
        // A hashtag is not a verb.
        #expect(try metrics("Heat is up again #says")["reported_speech"] == 0)
        // "say" reports what others say, not what is hard to say or what I'd say.
        #expect(try metrics("Nine people detained, prosecutors say")["reported_speech"] == 1)
        #expect(try metrics("Ignorance is bliss, to say the least. Don't just say it, I'd say.")["reported_speech"] == 0)
        #expect(try metrics("Whether it works is HARD TO SAY")["reported_speech"] == 0)
    }

    @Test func requestsAreCountedAsAsks() throws {
        #expect(try metrics("Please send us the crash log, pls.")["asks"] == 2)
        #expect(try metrics("Kindly check the settings page")["asks"] == 1)
        #expect(try metrics("The crash log is attached.")["asks"] == 0)
        // A hashtag or a handle is not a request.
        #expect(try metrics("Thanks @please for the #pleasemore tag")["asks"] == 0)
    }

    @Test func anAskIsAnInvitation() throws {
        let rule = try #require(try RuleLoader.loadEmbedded("Candor")?.first { $0.id == "Candor.NoInvitation" })
        #expect(try lint("Please send us the crash log and we will look today.", rules: [rule]).findings.isEmpty)
        #expect(try lint("We will look at the crash log today.", rules: [rule]).findings.count == 1)
    }

    @Test func aReportedMentionEarnsNoMentionSignal() throws {
        let reported = try lint(".@premier says the budget comes back in July.", rules: []).score
        #expect(!reported.terms.contains { $0.label == "mentions someone" })
        let addressed = try lint("Great lunch with @maria today.", rules: []).score
        #expect(addressed.terms.contains { $0.label == "mentions someone" })
    }

    @Test func casualSpeechEarnsTheCasualSignal() throws {
        let casual = try lint("Sooooo ready for summer", rules: []).score
        #expect(casual.terms.contains { $0.label.hasPrefix("sounds casual") })
        #expect(casual.value == Int(ScoringOptions().base) + 10)
        let plain = try lint("Ready for summer.", rules: []).score
        #expect(!plain.terms.contains { $0.label.hasPrefix("sounds casual") })
    }
}
