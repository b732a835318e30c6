# English strings of the bot and the terminal chat. Keys must match id.ftl (a test checks).
# Plain text only: the renderers escape these strings and add the HTML themselves.

## Answers
also-reported-by = Also reported by: { $outlets }
figures-differ = The outlets give different figures:
figure-line = { $label }: { $outlets }
answer-page = Quotes { $from }–{ $to } of { $total }
question-truncated = Your question was long, so only its first { $max } characters were used.
date-unknown = undated
title-unknown = untitled
quote-cut = (quote shortened)

## Not found
answer-related = No sentence answers this directly; the closest reports are:
inline-related = Related
not-found = I found no sentence in my news articles that answers this.
not-found-coverage = I have { $articles ->
    [one] one article
   *[other] { $articles } articles
  } from { $outlets }, published { $from } to { $to }.
not-found-coverage-undated = I have { $articles ->
    [one] one article
   *[other] { $articles } articles
  } from { $outlets }.
not-found-topics = They are about: { $topics }.
not-found-examples = You could ask, for example:

## Buttons and callbacks
btn-more = More quotes
btn-first = Back to the first quotes
btn-more-compact = More
btn-context = In context
btn-source = Source
callback-expired = This answer has expired. Please ask again.
callback-unknown = This button no longer works. Please ask again.
context-title = In context:
source-title = Source
source-outlet = Outlet: { $outlet }
source-date = Date: { $date }
source-headline = Title: { $title }
source-byline = By: { $byline }
source-url = Link: { $url }
source-sentences = Sentences in the corpus: { $count }
source-missing = This article is no longer in the corpus.

## Commands
example-question-1 = How many North Korean soldiers were sent to Russia?
example-question-2 = What did Kim Jong Un say about the soldiers?
start-welcome = Hello! Ask me about an event in the news, in Indonesian or English, and I will answer with the exact sentences the outlets published, each with the outlet's name and date. Nothing is paraphrased.
help =
    Send me a question as a normal message, for example:
    • { $example1 }
    • { $example2 }

    Commands:
    /ask (or /cari) question: answer a question (also in groups)
    /cite or /sumber: reply with it to a message in a group to look up its claim
    /sources: the articles I quote from
    /lang id or /lang en: the language of my replies

    In a group I only speak when addressed: /ask, /cite, a mention of @{ $bot }, or a reply to my message.
    In any chat you can also type @{ $bot } and a question to share a quote.
sources-title = Articles I quote from ({ $count }):
sources-line = { $outlet }, { $date }: { $title } ({ $sentences ->
    [one] one sentence
   *[other] { $sentences } sentences
  })
sources-more = …and { $count } more.
sources-empty = There are no articles in the corpus yet.
lang-set = From now on I reply in English in this chat. Quotes stay in their original language.
lang-usage = Write /lang id (Bahasa Indonesia) or /lang en (English). Now: { $current }.
lang-admins-only = In a group, only its admins can change the language of my replies.
lang-auto = the language of each question
lang-name-id = Bahasa Indonesia
lang-name-en = English
ask-usage = Write a question after the command, for example: /ask { $example }
cite-usage = Reply to a message with /cite to look up its claim, or write /cite followed by a question.
unknown-command = I don't know this command. Send /help to see what I can do.
unhandled-private = I answer questions written as text. Send /help for examples.

## Command menu
cmd-start = Start and introduction
cmd-help = How to ask, with examples
cmd-ask = Ask a question about the news
cmd-cite = Look up a claim (reply to a message)
cmd-sources = The articles I quote from
cmd-lang = Reply language: id or en

## Inline mode
inline-empty-button = Ask me in a private chat
inline-no-answer-button = No quote found. Ask in a private chat

## Admin
admin-only = Sorry, only the bot's editors can add articles.
admin-add-usage = Send /add followed by one article as JSON, for example: { $example }
admin-added = Articles received: { $count }
admin-added-line = { $slug }: { $outlet }, { $sentences ->
    [one] one sentence
   *[other] { $sentences } sentences
  } ({ $status })
admin-status-added = added
admin-status-updated = updated
admin-status-unchanged = already present, unchanged
admin-status-duplicate = duplicate of an article already present
admin-invalid = Nothing was added: { $error }
admin-file-too-big = The file is too big; the limit is { $max } KB.
admin-file-type = Send a seed file (.md, .markdown or .txt) or a .jsonl file (or .jsonl.gz) with one article per line.
admin-download-failed = I could not download the file. Please try again.

## Problems
rate-limited = You are sending questions very quickly. Please wait a few seconds, then ask again.
error-generic = Sorry, something went wrong while answering. Please try again in a moment.

## Terminal chat
terminal-welcome = Ask a question about the news (English or Indonesian). Ctrl+D quits.
terminal-prompt = question>{" "}
terminal-help =
    Type a question and press Enter, for example:
    • { $example1 }
    • { $example2 }

    Commands:
    /ask (or /cari) question: answer a question
    /cite (or /sumber) claim: look up a claim
    /sources: the articles I quote from
    /lang id or /lang en: the language of my replies
    /help: this help. Ctrl+D quits.

## Newsroom: follow-ups, feeds, feedback, gaps (issue 13)
follow-usage = Send /follow followed by a question or claim, for example: /follow How many North Korean soldiers died in Kursk? I will message you when a new article answers it.
follow-added = Following: “{ $question }”. I will message you when a new article answers it directly (at most a few messages an hour). /following lists what you follow.
follow-exists = You already follow “{ $question }”.
follow-too-many = You follow as many questions as I can keep for one chat. Remove one with /unfollow first.
follow-admins-only = In a group, only the group's admins can change what the group follows.
following-none = You do not follow any question. Send /follow followed by a question or claim.
following-title = You follow { $count ->
    [one] one question
   *[other] { $count } questions
  }:
following-hint = /unfollow followed by a number stops one; /unfollow all stops all.
unfollow-usage = Send /unfollow followed by the number from /following, or /unfollow all.
unfollow-done = Stopped following { $count ->
    [one] one question
   *[other] { $count } questions
  }.
unfollow-none = There is no such follow. /following lists them with their numbers.
follow-alert = A new article answers the question you follow: “{ $question }”
follow-alert-footer = /unfollow stops these messages.
feeds-title = Feeds ({ $count }):
feeds-line = { $feed }: last successful poll { $when } ({ $items } items)
feeds-never = never
feedback-thanks-up = Thank you! Glad it helped.
feedback-thanks-down = Thank you. The editors will see which answers fall short.
gaps-admins-only = Sorry, only the bot's editors can see the gaps.
gaps-title = What readers asked in the last { $days } days that the archive could not answer
gaps-not-found = Not found:
gaps-related = Only related reports:
gaps-voted-down = Answers voted down:
gaps-none = Nothing unanswered in the last { $days } days.
cmd-follow = Get a message when a new article answers a question
cmd-following = The questions you follow
cmd-unfollow = Stop following a question

## Claim check (a pasted claim against what the outlets printed; states what the archive holds, never a verdict)
claim-title = The claim against the archive:
claim-quantity = { $quantity ->
    [sent] sent or deployed
    [reinforcements] reinforcements
    [killed] killed
    [casualties] killed or wounded
    [wounded] wounded
   *[generic] figure
  }
claim-figure-reported = { $claimed } ({ $quantity }): printed by the outlets as { $reported }.
claim-figure-not-reported = { $claimed } ({ $quantity }): no outlet in the archive printed this figure. They printed { $reported }.
claim-figure-none = { $claimed } ({ $quantity }): no outlet in the archive printed a figure for this.
claim-date-reported = { $claimed }: the outlets give { $reported }.
claim-date-not-reported = { $claimed }: no outlet in the archive gives this date for it. They give { $reported }.
claim-relation = { $relation ->
    [attacks] attacking
    [defeats] beating
    [gives] giving to
    [buys] buying from
   *[sends] sending to
  }
claim-actors-swapped = Who to whom: the outlets report it the other way round, { $from } { $relation } { $to } ({ $outlets }).
claim-actors-same = Who to whom: the outlets report { $from } { $relation } { $to } ({ $outlets }).
claim-note = This says only what the outlets in the archive printed; their sentences follow.
