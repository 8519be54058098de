import Testing
@testable import CandorKit

/// The variables that tell a person's voice from a broadcast: `informal`, `attributions`, `reported_speech`,
/// and what the score model reads of them (`VoiceFeatures`).
struct VoiceMetricsTests {
    private func metrics(_ text: String) throws -> Metrics { try lint(text, rules: []).metrics }

    @Test func casualSpeechCountsAsInformal() throws {
        #expect(try metrics("Sooooo sleepy after that lunch")["informal"] == 1)           // a stretched letter
        #expect(try metrics("What a goal, damn")["informal"] == 1)                 // swearing
        #expect(try metrics("Wow, gonna miss that place")["informal"] == 2)        // interjection, chat spelling
        #expect(try metrics("Ahhh the office is quiet today")["informal"] == 1)
        // Laughter counts once a word, in any case and however long.
        #expect(try metrics("HAHAHAHA that was good, hahaha")["informal"] == 2)
        // Stacked exclamation marks are punctuation stretched for feeling: each run counts once.
        #expect(try metrics("Best swim of the year!! Drying off now!!!")["informal"] == 2)
    }

    /// Text emoticons count when they end the word they are in; the same marks inside words or text do not.
    @Test func emoticonsAreCountedWhereTheyEndAWord() {
        func count(_ text: String) -> Int { CasualMarks.emoticons(in: Array(text.utf8)) }
        #expect(count(":) fixed it :-( and :D") == 3)
        #expect(count(";) =) :'( :P") == 4)
        #expect(count("<3 <3") == 2)
        #expect(count(":Data, a:b, x=y, 1<2, <3x") == 1)  // only "<3", which needs no word end
        #expect(count(":") == 0)
        #expect(count("ratio 3:2 at 10:30 :") == 0)
    }

    @Test func capitalsShoutedWithoutALinkAreCasual() throws {
        #expect(try metrics("They announced a sequel... NOBODY ASKED FOR THIS ONE.")["informal"] == 1)
        #expect(try metrics("IT'S A DISASTER DON'T EVEN ASK")["informal"] == 1)
        #expect(try metrics("I AM SO READY FOR FRIDAY")["informal"] == 1)  // counted from "AM", as Hype reads it
        #expect(try metrics("Cold coffee again. WORST WORST WORST")["informal"] == 1)  // one run, counted once
        #expect(try metrics("ÇA VA TRÈS BIEN")["informal"] == 1)  // capitals beyond ASCII
    }

    @Test func capitalsBesideALinkOrShortOfThreeWordsAreNotShouting() throws {
        // Beside a link, capitals are more often a title or a listing.
        #expect(try metrics("VINTAGE OAK DESK WITH DRAWERS, FREE DELIVERY https://example.com/i")["informal"] == 0)
        // Two words, words split by punctuation, words with a digit or a lower-case letter.
        #expect(try metrics("The BBC NEWS team is here")["informal"] == 0)
        #expect(try metrics("Results: NO, NOT, NEVER")["informal"] == 0)
        #expect(try metrics("Riverside took R1 R2 R3 today")["informal"] == 0)
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
        #expect(try metrics("He's a WINNERRRR")["informal"] == 1)
        #expect(try metrics("Hmmm that was odd")["informal"] == 1)
        #expect(try metrics("Printer jammed again, GRRR")["informal"] == 1)
    }

    @Test func anILetterOfAnAbbreviationIsNoOneSpeaking() throws {
        // "I" joined by a dot to a letter is a letter of an abbreviation.
        #expect(try metrics("Ferry crossings resume to P.E.I.")["first_person_singular"] == 0)
        #expect(try metrics("The lost dog has been I.D.'d by its microchip")["first_person_singular"] == 0)
        // The pronoun, and an "I" beside a full stop that ends a sentence, still count.
        #expect(try metrics("That umbrella is mine. I left it by the door.")["first_person_singular"] == 2)
        #expect(try metrics("Back from the U.S. I missed tea.")["first_person_singular"] == 1)
    }

    @Test func aClosingDashAndMentionCreditsTheWire() throws {
        // A dash and a mention that close the post name the outlet the news was taken from: reported speech.
        #expect(try metrics("Riverside FC names Dana Ortiz as head coach - @AP")["reported_speech"] == 1)
        #expect(try metrics("Copper prices hit a two-year high \u{2014} @marketwire")["reported_speech"] == 1)
        // Not a mention inside the post, nor one with words after it, nor a dash joined to a word.
        #expect(try metrics("Dinner - @sam cooked, finally")["reported_speech"] == 0)
        #expect(try metrics("Great gig last night with @sam")["reported_speech"] == 0)
        #expect(try metrics("Off to the match with my brother-@sam")["reported_speech"] == 0)
    }

    @Test func wordsBeforeASpeakersClosingCreditAreTheSpeakers() throws {
        // A comma, then "says Name" or "Name says" closing the sentence: the words before are the speaker's.
        #expect(try metrics("Losing my notes on stage is part of the job, Brennan says")["first_person_singular"] == 0)
        #expect(try metrics("Coach smiled when I told him, says Ruiz in a radio interview")["first_person_singular"] == 0)
        #expect(try metrics("Reopen the library that taught my kids to read, #Elmwood mother tells @morningshow")["first_person_singular"] == 0)
        // A quoted passage inside the reported sentence merges with it; the writer's own sentence after it counts.
        let merged = try metrics("Coach smiled when I told him we voted \u{2018}yes\u{2019}, says Ruiz. You heard it here")
        #expect(merged["first_person_singular"] == 0 && merged["first_person_plural"] == 0 && merged["second_person"] == 1)
        // Only the sentence the comma ends; a verb with more words after it opens a clause, not a credit.
        #expect(try metrics("I like the song. Plus, Nina Park said it was brilliant")["first_person_singular"] == 1)
        #expect(try metrics("I like the song, Nina Park said it was brilliant")["first_person_singular"] == 1)
        // A credit must name someone: "said no one ever" is the writer's joke.
        #expect(try metrics("I love Mondays, said no one ever")["first_person_singular"] == 1)
    }

    @Test func aMentionThatNamesTheSpeakerIsAnAttribution() throws {
        #expect(try metrics(".@premier says the new ferry route starts in July.")["attributions"] == 1)
        #expect(try metrics("Half the city is flooded, writes @critic in today's paper.")["attributions"] == 1)
        #expect(try metrics("A working robot arm at 15: @pupil tells @editor how.")["attributions"] == 2)
        #expect(try metrics("Meet the night-shift bakers keeping the town fed. @reporter reports.")["attributions"] == 1)
    }

    @Test func aMentionWhoseWorkABulletinPresentsIsAnAttribution() throws {
        // A presenting verb after the mention: the post is about the person's piece, not to them.
        #expect(try metrics("Reporter @ann talks through the new tram fares (VIDEO)")["attributions"] == 1)
        #expect(try metrics("Ten years after the flood, @writer examines what the town rebuilt")["attributions"] == 1)
        // "@name on" and a question word: the byline of a piece.
        #expect(try metrics("The tram-fare fight: @writer on why the suburbs are angry")["attributions"] == 1)
        // "@name on" a topic, where the mention opens a clause after a colon or a sentence's end: a byline too.
        #expect(try metrics("Blue ribbons for every hive: @writer on the county honey fair")["attributions"] == 1)
        #expect(try metrics("Food trucks line the quay for the festival. @writer on the race for the best taco")["attributions"] == 1)
        // Inside a sentence, "@name on" is someone spoken to or of: congratulated, watched.
        #expect(try metrics("Congratulations @ann on passing your driving test")["attributions"] == 0)
        #expect(try metrics("Gonna catch @band on the late radio show tonight")["attributions"] == 0)
        // After a closing quotation mark and a colon: who said the quoted words.
        #expect(try metrics("\"Nobody read the warnings\": @historian on the flood")["attributions"] == 1)
        #expect(try metrics("\u{201C}Nobody read the warnings\u{201D}: @historian on the flood")["attributions"] == 1)
        // A role after the mention: the organisation names who someone is.
        #expect(try metrics("A former groundsman is suing @club owner Pat Kimura over unpaid wages")["attributions"] == 1)
        #expect(try metrics("In today's paper: @union president Ines Varga speaks about the strike")["attributions"] == 1)
    }

    @Test func aMentionAfterARoleNamesWhoThePersonIs() throws {
        #expect(try metrics("Our chat with housing minister @minister https://example.com/i")["attributions"] == 1)
        #expect(try metrics("Pipeline deal signed (via energy reporter @reporter)")["attributions"] == 1)
        // A title before the role addresses the person; a word that is no role leaves the mention addressing.
        #expect(try metrics("Well played Mr. Chairman @name, what a season")["attributions"] == 0)
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
        #expect(try metrics("Okafor: \"This deal was signed in secret by the council's staff\"")["reported_speech"] == 1)
        #expect(try metrics("\u{201C}Nobody remembers the meeting, only what it decided.\u{201D} - Ada Quill")["reported_speech"] == 1)
        // Each quotation counts once, beside the reporting verbs.
        #expect(try metrics("\"We will not back down on this one\", she said. \"Not now, not ever, not for anyone.\"")["reported_speech"] == 3)
    }

    @Test func pronounsInQuotationMarksAreTheQuotedSpeakers() throws {
        // Someone else's "I", in double quotes, straight or curly, or in single quotes, is not the writer's.
        #expect(try metrics("\"Honestly I'm amazed we finished,\" says Dr Osei")["first_person_singular"] == 0)
        #expect(try metrics("\u{201C}I am as quiet as that old fridge.\u{201D}")["first_person_singular"] == 0)
        #expect(try metrics("Mayor Lind: 'I'm sorry and I'll repay it'; promises an audit")["first_person_singular"] == 0)
        #expect(try metrics("Stranded climber's dad: \u{2018}My son is safe\u{2019} says the family")["first_person_singular"] == 0)
        // A title's "you", a quoted speaker's "we".
        #expect(try metrics("Comedian's sketch show 'All About You' returns in May")["second_person"] == 0)
        #expect(try metrics("\"We won't let one bad season define her,\" the coach said")["first_person_plural"] == 0)
        // The writer's own words around the quotation still count.
        let around = try metrics("I told them \"you were right all along\" and you know what, they laughed")
        #expect(around["first_person_singular"] == 1)
        #expect(around["second_person"] == 1)
    }

    @Test func wordsAfterASpeakersKickerAreTheSpeakers() throws {
        // A named person's kicker and first-person words: a quotation without the marks.
        #expect(try metrics(".@minister: I think the plan moves too fast #localgov")["first_person_singular"] == 0)
        #expect(try metrics(".@minister: My advice to new members is to ask questions")["first_person_singular"] == 0)
        #expect(try metrics("Nora Quinn: I wrote the album in a week | https://example.com/d")["first_person_singular"] == 0)
        #expect(try metrics("Theo Marsh: how I trained for the marathon in six weeks")["first_person_singular"] == 0)
        #expect(try metrics("Lena Brandt: I\u{2019}m a cyclist, I simply cannot drive")["first_person_singular"] == 0)
    }

    @Test func aLabelOrAPersonsOwnColonIsNoSpeakersKicker() throws {
        // A label, a lone word, a name joined by small words, a reply: the "I" after them is the writer's.
        #expect(try metrics("Photo: I finally made it to the top https://example.com/p")["first_person_singular"] == 1)
        #expect(try metrics("Me: I want to log in.\nSupport: please verify your number")["first_person_singular"] == 2)
        #expect(try metrics("Tip of the Week: I bet nobody reads the manual")["first_person_singular"] == 1)
        #expect(try metrics("@ann: I think you are right about the bill")["first_person_singular"] == 1)
        // Words that do not open in the first person, and the writer's next line, are the writer's own.
        #expect(try metrics("Corner Shop: where I buy my bread every morning")["first_person_singular"] == 2)
        #expect(try metrics("Nora Quinn: I wrote all night\nI saw the show, it was fine")["first_person_singular"] == 1)
    }

    @Test func aPostSharedWithAViaCreditSpeaksInTheSourcesVoice() throws {
        // The whole post is the source's words: their "I", "you", "we" and casual marks are not the writer's.
        let shared = try metrics("Morning all, mind your step on the ice! Loving this frost \u{1F60E} https://example.com/p / via @reader #Hills")
        #expect(shared["second_person"] == 0)
        #expect(shared["informal"] == 0)
        #expect(shared["first_person_singular"] == 0)
        #expect(try metrics("My view of the harbour at sunrise https://example.com/g / via @reader @desk")["first_person_singular"] == 0)
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
        #expect(try metrics("\"I can't believe it worked")["first_person_singular"] == 1)
        #expect(try metrics("'Best day ever\nI mean it, you're all brilliant'")["first_person_singular"] == 1)
    }

    @Test func anOpeningWithTheIDroppedSpeaksAsI() throws {
        // A diary's voice: the writer is the subject left out.
        for text in [
            "Loving Harbour Lights on the catch-up app. https://example.com/c", "Just seen a truly brilliant sunset...",
            "Love this https://example.com/p", "Quite enjoyed the matinee.", "Can\u{2019}t wait for the school trip",
            "Off to the dentist", "So proud of her today", "Heading home after a long day", "Gutted.",
            "Hate when the train is late", "Looking forward to the weekend",
            "Glad to see Priya Shah has been picked for the squad", "Good to hear the bakery reopens on Monday",
            "Lovely to hear the choir sing again",
        ] {
            #expect(try metrics(text)["first_person_singular"] == 1, "\(text)")
        }
    }

    @Test func aSubjectANounOrAnAppsWordsAreNoDroppedI() throws {
        for text in [
            "Police arrest two men over the warehouse fire", "Love Island returns tonight", "Love and chores? A survey of couples",
            "Loved ones gather at the memorial", "Just posted a photo https://example.com/p",
            "Proud to announce our new platform", "Excited to share the news", "Missing hiker found alive",
            "RT @ann: Loving the new album so far", "#Loving the weather", "Lovefilm adds new titles",
            "Pleased to see our numbers grow", "Good to go: the new release", "Great to be back on the road",
        ] {
            #expect(try metrics(text)["first_person_singular"] == 0, "\(text)")
        }
    }

    @Test func aTitleOrAnUnclosedQuoteIsNotReportedSpeech() throws {
        // A title or a phrase held up in quotes is under six words.
        #expect(try metrics("Watching \"The Last Lighthouse Keeper\" tonight. Good film")["reported_speech"] == 0)
        #expect(try metrics("The so-called \"fix\" broke the export again")["reported_speech"] == 0)
        // A quote that never closes, or closes with the other kind of mark, pairs with nothing.
        #expect(try metrics("Inches of rain overnight and the \"river is up over the road again by the bridge")["reported_speech"] == 0)
        #expect(try metrics("\u{201C}the river is up over the road again by the bridge\"")["reported_speech"] == 0)
    }

    @Test func aHeadlineQuestionOpensThePost() throws {
        #expect(try metrics("Will drones do to parcels what email did to letters? https://example.com/a")["opening_question"] == 1)
        // After a label and a colon, or a retweet's "RT @name:".
        #expect(try metrics("Library roof leaks again: Do old buildings need more funding?")["opening_question"] == 1)
        #expect(try metrics("RT @paper: Why are fewer people running for council? Our reporter explains")["opening_question"] == 1)
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
        #expect(try metrics("Calm evening on the lake @tourism https://example.com/p / via @reader @weather")["attributions"] == 3)
        #expect(try metrics("Will bus fares go up again? (via @reporter) https://example.com/s #transport")["attributions"] == 1)
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

    @Test func aRelayedMentionAddressesNoOne() throws {
        let relayed = try lint("RT @desk: Congratulations to @winner on the award", rules: []).voice
        #expect(relayed[.addressedMention] == 0)
        let commented = try lint("Well deserved, @winner! RT @desk: the award goes to the bakery", rules: []).voice
        #expect(commented[.addressedMention] == 1)
    }

    @Test func reportingVerbsAreCounted() throws {
        #expect(try metrics("Officials say the bridge is safe, the minister told reporters.")["reported_speech"] == 2)
        #expect(try metrics("According to the survey, most sites failed.")["reported_speech"] == 1)
        #expect(try metrics("We shipped the fix this morning.")["reported_speech"] == 0)
        // A hashtag is not a verb.
        #expect(try metrics("Heat is up again #says")["reported_speech"] == 0)
        // "say" reports what others say, not what is hard to say or what I'd say.
        #expect(try metrics("Two ships delayed, harbour officials say")["reported_speech"] == 1)
        #expect(try metrics("The queue was long, to say the least. Don't just say it, I'd say.")["reported_speech"] == 0)
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

    /// A dash that opens its line, before a mention and words for that person, introduces what is said to
    /// them; a dash after the text, or before a mention that ends the line, credits a source.
    @Test func aDashThatOpensTheLineBeforeWordsIsNoCredit() throws {
        #expect(try metrics("-- @kenji your talk was great")["attributions"] == 0)
        #expect(try metrics("\u{2014} @kenji your talk was great")["attributions"] == 0)
        #expect(try metrics("Loved it.\n- @kenji your talk was great")["attributions"] == 0)
        #expect(try metrics("The tram timetable is out -- @transitdesk")["attributions"] == 1)
        #expect(try metrics("Great thread on fares - @critic explains")["attributions"] == 1)
        #expect(try metrics("The timetable is out.\n-- @transitdesk")["attributions"] == 1)
    }
}
