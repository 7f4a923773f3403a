app-name = My case – child welfare
skip-to-content = Skip to main content
language-switcher = Choose language
logged-in-as = Logged in as
my-cases = My cases
log-out = Log out
footer-about = My case shows your cases with the child welfare service. You only see what has been shared with you.
landing-heading = See your child welfare case
landing-intro = If you are a party to a child welfare case, you can read the documents shared with you, see what is happening in the case, and contact the child welfare service.
landing-point-cases = See where the case stands and which deadlines apply.
landing-point-documents = Read decisions, reports and plans shared with you.
landing-point-contact = See who your caseworker is and how to reach them.
log-in-idporten = Log in with ID-porten
landing-who = You can log in if you are a parent, a guardian, a young person over 15, or a young adult receiving aftercare.
logged-out-heading = You are logged out
logged-out-body = You are now logged out of My case. Close the browser if you are using a shared computer.
log-in-again = Log in again
login-failed-heading = The login was not completed
login-failed-acr = You must log in with a higher security level (for example BankID) to see your case.
login-failed-unknown-person = We cannot find a case with the child welfare service where you are a party. Contact the child welfare service if you think this is wrong.
login-failed-cancelled = You cancelled the login.
login-failed-expired = The login took too long, or the link had already been used. Please try again.
login-failed-generic = Something went wrong during login. Please try again shortly.
login-failed-help = Need help? Call the child welfare service in your municipality.
not-found-heading = Page not found
not-found-body = The page does not exist, or you do not have access to it.
go-to-front-page = Go to the front page
my-cases-empty = You are not a party to any cases shown here.
my-cases-intro = { $count ->
    [one] You are a party to one case.
   *[other] You are a party to { $count } cases.
}
filter-cases-label = Search your cases
filter-cases-no-match = No cases match your search.
ended-heading = Cases you no longer see
ended-case = The case about { $name }
ended-came-of-age = { $name } turned 18 on { $date }. From that day you are no longer a party to the case, because the rights of parents and guardians in a child welfare case end when the child turns 18. That is why the case is no longer shown here.
ended-share = It is now { $name } who decides who may see the case. If { $name } wishes, { $name } can share documents with you.
ended-party-rights = From { $date } you are no longer a party to the case about { $name }, so the case is no longer shown here. The child welfare service can tell you why.
ended-innsyn = If you want to read documents from the case, you can ask the child welfare service for access (innsyn).
ended-contact = Contact the child welfare service
ended-contact-protected = Contact the child welfare service in the municipality where you had the case. The municipality's switchboard can put you through.
ended-case-own = Your case
ended-moved = From { $date }, { $service } has the case about { $name }. The case has moved there, so it is no longer shown here.
ended-moved-own = From { $date }, { $service } has your case. The case has moved there, so it is no longer shown here.
ended-moved-elsewhere = From { $date }, another child welfare service has the case about { $name }. That is why the case is no longer shown here.
ended-moved-next = For questions about the case now, contact { $service }.
ended-moved-innsyn = If you want to read documents from before the case moved, you can ask the child welfare service that had the case for access (innsyn).
case-unit = Unit
case-phase = Phase
case-overview = The case
coming-soon = This page is coming soon.
error-unauthorized = You must log in to see this.
error-not-found = We could not find what you were looking for, or you do not have access to it.
error-internal = Something went wrong on our side. Please try again shortly.
error-request = The request could not be processed. Please try again.
case-heading = { $name }'s case
case-documents-link = { $count ->
    [one] See the document
   *[other] See { $count } documents
}{ $unread ->
    [0] {""}
    [one] {" "}(one new)
   *[other] {" "}({ $unread } new)
}
case-phase-now = The case is now in the phase
case-closed-still-readable = The case is closed. You can still read the documents shared with you.
case-timeline = What has happened, and what happens next
case-contact = Contact
case-your-caseworker = Your caseworker
phase-BEKYMRINGSMELDING = Report of concern
phase-UNDERSOKELSE = Investigation
phase-HJELPETILTAK = Help measures
phase-OMSORGSTILTAK = Care measures
phase-ETTERVERN = Aftercare
phase-AVSLUTTET = Closed
phase-explain-BEKYMRINGSMELDING = The child welfare service has received a report of concern. Within a week they decide whether to investigate further or close the case.
phase-explain-UNDERSOKELSE = The child welfare service is looking into how the child is doing and whether help is needed. An investigation should normally be finished within three months.
phase-explain-HJELPETILTAK = The family receives help, such as guidance or support. The help is described in a plan, which is reviewed regularly together with you.
phase-explain-OMSORGSTILTAK = The child lives outside the home, for example in a foster home. The child welfare and health board decided this, or an emergency decision was made.
phase-explain-ETTERVERN = You receive help after turning 18. Aftercare is voluntary, and you decide whether you want it, until you turn 25.
phase-explain-AVSLUTTET = The case is closed. You still have the right to read the documents in the case.
milestone-MELDING_MOTTATT = Report of concern received
milestone-MELDING_VURDERT = Report assessed (deadline 7 days)
milestone-UNDERSOKELSE_STARTET = Investigation started
milestone-UNDERSOKELSE_FRIST = Investigation due to finish
milestone-UNDERSOKELSE_FORLENGET = Investigation extended
milestone-UNDERSOKELSE_AVSLUTTET = Investigation finished
milestone-VEDTAK_HJELPETILTAK = Decision on help measures
milestone-TILTAKSPLAN_UTARBEIDET = Plan made
milestone-TILTAKSPLAN_EVALUERING = Plan review
milestone-AKUTTVEDTAK_FATTET = Emergency decision
milestone-AKUTTVEDTAK_GODKJENNING = Emergency decision approved (deadline 48 hours)
milestone-NEMND_VEDTAK = Decision by the child welfare and health board
milestone-ETTERVERN_START = Aftercare started
milestone-SAK_AVSLUTTET = Case closed
milestone-done = Happened { $date }
milestone-due = Deadline { $date }
milestone-overdue = The deadline was { $date } and has passed
milestone-planned = Planned
documents-heading-plain = Documents
documents-heading = Documents in { $name }'s case
back-to-case = Back to the case
back-to-documents = Back to the documents
documents-filter-type = Type of document
documents-all-types = All types
documents-sort = Order
documents-newest-first = Newest first
documents-oldest-first = Oldest first
documents-apply = Show
documents-count = { $count ->
    [0] No documents shown.
    [one] One document shown.
   *[other] { $count } documents shown.
}
documents-partly-shared = Partly shared
documents-withheld = Not shared with you
documents-new = New
doctype-VEDTAK = Decision
doctype-UNDERSOKELSESRAPPORT = Investigation report
doctype-TILTAKSPLAN = Plan of measures
doctype-EVALUERING = Review
doctype-MOTEREFERAT = Meeting minutes
doctype-BREV = Letter
doctype-MELDING = Report
doctype-SAMTYKKE = Consent
doctype-ANNET = Other document
document-heading-plain = Document
document-sensitive = This document may be painful to read. You may want to read it with someone you trust, or ask for a meeting with your caseworker to go through it.
document-partly-shared = Parts of this document are not shared with you. Those parts are marked "withheld".
document-partly-shared-why = See why, and what you can do
document-download-pdf = Download the document as PDF
document-questions = Questions about the document?
document-redacted-marker = [withheld]
withheld-heading = This document is not shared with you
withheld-intro = You can see that the document exists, but not what it says. Here is the reason.
withheld-ground = Reason
withheld-law = Legal basis
withheld-justification = The child welfare service's explanation
withheld-merinnsyn = Considered whether you may see it anyway (extended access)
withheld-merinnsyn-yes = Yes, this was considered
withheld-merinnsyn-no = No
withheld-what-you-can-do = What you can do
withheld-ask-innsyn = Ask for access: use the form below, or contact the child welfare service. You will get a written answer.
withheld-appeal = Appeal: if the answer is no, you can appeal within 3 weeks. Send the appeal to the child welfare service, which forwards it to the County Governor (Statsforvalteren).
withheld-representative = If you have a lawyer or another representative, they may in some cases see the document even if you cannot.
hidden-parts-heading = Why parts of this document are withheld
hidden-parts-intro = You can read the document, but some information in it has been taken out and marked "withheld". Here is the reason.
hidden-parts-merinnsyn = Considered whether you may see the withheld parts anyway (extended access)
hidden-parts-ask-innsyn = Ask for access to the withheld parts: use the form below, or contact the child welfare service. You will get a written answer.
hidden-parts-representative = If you have a lawyer or another representative, they may in some cases see the withheld parts even if you cannot.
contact-phone = Phone
contact-email = Email
contact-visit = Visiting address
contact-hours = Opening hours
contact-postal = Postal address
login-failed-not-staff = You are not registered as staff at a child welfare service using My case, or your role or unit does not match.
staff-cases = Cases in your unit
staff-landing-heading = My case for staff
staff-landing-intro = Here you decide what each party may see of the documents in your unit's cases, answer access requests and ask for consent.
staff-log-in = Log in as staff
staff-landing-citizen-hint = Are you a party to a case?
staff-cases-empty = Your unit has no cases.
staff-cases-caption = { $count ->
    [one] One case
   *[other] { $count } cases
}
staff-col-child = Child
staff-col-opened = Opened
staff-col-documents = Documents
staff-col-undecided = Release not yet decided

# Workbench: cases, queue, decisions, preview
staff-nav = Workbench
staff-queue = Release queue
staff-queue-intro = Documents where at least one party has no release decision yet, oldest first.
staff-queue-empty = Every document of your unit has a release decision for every party.
staff-queue-caption = { $count ->
    [1] One document waiting
   *[other] { $count } documents waiting
}
staff-col-document = Document
staff-col-date = Date
staff-col-waiting-for = Waiting for a decision for
staff-filter-phase = Phase
staff-filter-all-phases = All phases
staff-filter-undecided = Only cases with documents lacking a decision
staff-case-plain = Case
staff-case-heading = { $name }'s case
staff-case-moved = The case goes to { $service } from { $date }. From that day no party sees the case here, and nothing you share reaches them.
staff-grid-caption = Documents and what each party sees
staff-preview-heading = Preview as a party
staff-preview-as = See the case as { $name } sees it
staff-preview-plain = Preview
staff-preview-heading-as = Preview: the case as { $name } sees it
staff-preview-banner = You are seeing the case as { $name } sees it. Nothing is marked as read.
staff-preview-leave = Back to the case
staff-document-plain = Document
staff-back-to-case = Back to { $name }'s case
staff-document-text = The full text (staff only)
staff-decisions-heading = Release decision per party
staff-current-state = In force
staff-no-history = No decision yet.
staff-history = { $count ->
    [1] History (1 decision)
   *[other] History ({ $count } decisions)
}
release-state-NOT_DECIDED = Not decided
release-state-SHARED = Shared
release-state-PARTLY_SHARED = Partly shared
release-state-WITHHELD = Withheld
role-HOVEDPERSON = the child/youth
role-MOR = mother
role-FAR = father
role-MEDMOR = co-mother
role-MEDFAR = co-father
role-VERGE = guardian
decision-heading = New release decision
decision-parties = Parties the decision applies to
decision-state = Decision
decision-choice-SHARED = Share the whole document
decision-choice-PARTLY_SHARED = Share with redactions
decision-choice-WITHHELD = Withhold
decision-choice-NOT_DECIDED = Revoke (not decided, hidden from the party)
decision-grounds = Legal basis
decision-grounds-hint = Required when withholding or sharing with redactions. Leave it empty otherwise.
decision-grounds-none = No legal basis chosen
decision-grounds-unverified = section not confirmed
decision-justification = Justification (shown to the party)
decision-justification-hint = Required when withholding or sharing with redactions. Leave it empty otherwise.
decision-merinnsyn = Extended access (merinnsyn, Public Administration Act § 18 (2)) was considered
decision-redactions = Redaction
decision-redactions-hint = Only for sharing with redactions. Tick the paragraphs to redact whole.
decision-redact-block = Redact the whole paragraph:
decision-reason = Reason for the change (internal)
decision-reason-hint = Required when you change or revoke a decision already in force.
decision-saved = { $count ->
    [1] The decision was saved for one party.
   *[other] The decision was saved for { $count } parties.
}
decision-errors-heading = The decision was not saved. Please correct:
decision-error-parties = Choose at least one party of the case.
decision-error-state = Choose a decision.
decision-error-grounds = Choose a legal basis from the list.
decision-error-justification = Write a justification.
decision-error-merinnsyn = Confirm that extended access was considered.
decision-error-reason = Write why you change the decision.
decision-error-redactions = The redaction is invalid. Choose paragraphs or text again.
decision-error-redactions-empty = Choose at least one paragraph or piece of text to redact.
decision-error-too-long = The text is too long (at most 4000 characters).
redaction-editor-heading = Redact parts of a paragraph
redaction-editor-hint = Select text in a paragraph below and press "Redact selected text".
redaction-editor-add = Redact selected text
redaction-editor-clear = Remove all text redactions
redaction-editor-nothing = Select a piece of text within one paragraph first.
redaction-editor-preview = How the party sees the text
# Arguments reach Fluent as strings, so plural variants never match a count: the
# singular is its own message.
decision-saved-one = The decision was saved for one party.
innsyn-heading = Ask for access
innsyn-intro = You can ask the child welfare service to let you see the document. They will consider it again and answer you here.
innsyn-message-label = Why do you want to see the document? (optional)
innsyn-heading-hidden-parts = Ask for access to the withheld parts
innsyn-intro-hidden-parts = You can ask the child welfare service to let you see the withheld parts of the document. They will consider it again and answer you here.
innsyn-message-label-hidden-parts = Why do you want to see the withheld parts? (optional)
innsyn-message-hint = At most { $max } characters. Only you and the child welfare service see what you write.
innsyn-submit = Send the request
innsyn-sent = Your request has been sent. You will get the answer on this page.
innsyn-too-long = The message is too long. Write at most { $max } characters.
innsyn-requested-on = You asked for access on { $date }.
innsyn-your-message = Your message
innsyn-waiting = The child welfare service has not answered yet.
innsyn-answer-GRANTED = Granted on { $date }: you can now read the whole document.
innsyn-answer-PARTLY_GRANTED = Partly granted on { $date }: you can now read parts of the document.
innsyn-answer-REFUSED = Refused on { $date }. The reason is shown above.
staff-innsyn = Access requests
staff-innsyn-intro = Requests from parties who want to see a document withheld from them, or the withheld parts of a document partly shared with them, oldest first. Answer with a new assessment for the party on the document's page: sharing grants access, withholding again refuses it.
staff-innsyn-empty = No requests are waiting for an answer.
staff-innsyn-caption = { $count ->
    [1] One request waiting
   *[other] { $count } requests waiting
}
staff-innsyn-days = { $count ->
    [1] 1 day
   *[other] { $count } days
}
staff-col-party = Party
staff-col-requested = Received
staff-col-message = Message
staff-innsyn-open = The party asked for access on { $date } and is waiting for an answer. A new assessment for the party is the answer.
staff-innsyn-open-hidden-parts = The party asked for access to the withheld parts on { $date } and is waiting for an answer. A new assessment for the party is the answer.
staff-innsyn-hidden-parts = Concerns the withheld parts: the document is partly shared with the party.
staff-innsyn-long-wait = Waiting long
documents-innsyn-waiting = You have asked for access

decision-review = Review before saving
decision-review-heading = Check the decision before you save it
decision-review-intro = Nothing has been saved yet. This is what each party gets when you confirm:
decision-confirm = Confirm and save
decision-edit = Change the decision
decision-include-pdf = Share the PDF as well
decision-include-pdf-hint = Only when sharing the whole document, and only once you have opened and read the PDF.
decision-summary-parties = Applies to
decision-summary-sees = What the party sees
decision-summary-SHARED = The whole text, as shown above.
decision-summary-PARTLY_SHARED = The text with redactions, exactly like this:
decision-summary-WITHHELD = Only the title and date, with the legal basis and justification. Nothing of the content.
decision-summary-NOT_DECIDED = Nothing: the document becomes invisible to the party.
decision-summary-pdf-yes = The PDF is shared too.
decision-summary-pdf-no = The PDF is not shared; the party sees the text only.
decision-summary-preview = Preview as { $name } (as it is now)
decision-error-stray = This field does not belong to the decision you chose. Clear it, or choose another decision.
decision-error-changed = The document changed while you were deciding. Read it again before you save; what you typed has been kept.
decision-error-pdf-not-opened = Open and read the PDF before you share it.
decision-error-pdf-only-share = This document is a PDF only. Open it and tick the box to share the PDF.
decision-error-pdf-only-partly = This document is a PDF only and cannot be redacted until the case system supplies its text.
decision-error-confirm-expired = The decision you were confirming no longer exists (it was replaced or expired). Nothing was saved; fill in the form again.
staff-document-no-text = This document has no text, only a PDF.
staff-pdf-heading = PDF
staff-pdf-open = Open the PDF
staff-pdf-opened = You have opened the PDF of this version.
staff-pdf-not-opened = You have not opened the PDF. It cannot be shared until you have read it.
staff-pdf-only = This document cannot be shared with redactions until the case system supplies its text.

# deadlines (issue 11)
date-words = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
deadline-vedtak-open = You can appeal this decision until { $date } inclusive.
deadline-innsyn-open = You can appeal the refusal until { $date } inclusive. Send the appeal to the child welfare service; if they do not change the decision, they send it on to the County Governor (Statsforvalteren).
deadline-days-left = { $days ->
    [one] There is one day left.
   *[other] There are { $days } days left.
}
deadline-last-days = { $days ->
    [0] The deadline is today.
    [1] The deadline is tomorrow.
   *[other] The deadline is in { $days } days.
}
deadline-passed = The deadline passed on { $date }. You can still contact the child welfare service, and an appeal after the deadline may still be considered if there are special reasons (Public Administration Act § 31).
# emergency contact (issue 11)
emergency-heading = Need help now?
emergency-vakt = Emergency child welfare service (barnevernvakta) for { $service }:
emergency-danger = Is someone in danger right now? Call
emergency-alarm = Alarmtelefonen, the helpline for children and young people (free, day and night):

# The portal's error pages (instead of a browser's bare status page).
error-page-method-heading = This page cannot be opened like this
error-page-method-body = This address receives forms but cannot be opened directly. Go back to the page you came from, or to the front page.
error-page-refused-heading = The request was refused
error-page-refused-body = We could not tell that the form was sent from Min sak, so nothing was saved. Open the page again and try once more.
error-page-bad-request-heading = We did not understand the request
error-page-bad-request-body = What was sent could not be read, so nothing was saved. Go back and try again.
error-page-server-heading = Something went wrong on our side
error-page-server-body = The fault is ours, not yours. Please try again in a little while. If it is urgent, contact the child welfare service.
error-page-other-heading = Something went wrong
error-page-other-body = The page could not be shown. Go back and try again, or go to the front page.
# A form sent after the session ended comes back after the login with what was typed.
form-draft-restored = You were logged out before the form was sent. What you wrote has been kept here. Nothing has been sent yet.
# Who has looked at my case (issue 13): the party's access log.
access-log-heading-plain = Who has looked at the case
access-log-heading = Who has looked at your case
access-log-teaser = See who at the child welfare service has opened your case and your documents, when and why.
access-log-link = See who has looked at the case
access-log-intro = Here you see who at the child welfare service has opened the case about { $name } and the documents you have been given, when and why. The newest comes first.
access-log-not-listed = What you have read yourself is not listed here. Nor is what concerns only others in the case, or documents you have not been given.
access-log-by-role = The child welfare service lists its staff here by role and unit, not by name. If you want to know who it was, you can ask the service.
access-log-empty = Nobody at the child welfare service has opened your case or your documents yet.
access-log-count = { $count ->
    [one] One entry.
   *[other] { $count } entries.
}
access-log-pages = Pages of the list
access-log-newer = Newer
access-log-older = Older
access-log-page-of = Page { $page } of { $pages }
access-log-question-heading = Do you think someone looked at the case without a reason?
access-log-question = Contact the child welfare service and ask for an explanation. You can also contact the municipality's data protection officer, or complain to the Norwegian Data Protection Authority (Datatilsynet).
access-log-at = { $date } at { $time }
access-log-who-named = { $name }, { $role }, { $unit }
access-log-who-role = { $role }, { $unit }
access-log-who-case-system = The child welfare service's case system
access-log-who-former = A former employee
access-log-did-staff-case-view = Opened the case
access-log-did-staff-document-view = Opened the document
access-log-did-staff-document-pdf = Opened the document's PDF
access-log-did-staff-decision = Decided what you get to see of the document
access-log-did-staff-preview = Looked at the page as you see it
access-log-did-import-case-put = Updated the case from the case system
access-log-did-import-document-put = Delivered the document from the case system
access-log-why = Why
access-log-why-party = Party to the case
access-log-why-own-session = Login
access-log-why-own-caseworker = Your caseworker
access-log-why-unit-leader = Leader of the unit that has the case
access-log-why-unit-staff = Staff of the unit that has the case
access-log-why-release-decision = Decision on what you get to see
access-log-why-preview-as-party = Check of what you see
access-log-why-import = Transfer from the case system
staff-role-saksbehandler = caseworker
staff-role-leder = leader
staff-role-unknown = employee

## Consents
consents-heading = Consents
consents-waiting-heading = Waiting for your answer
consent-in-case = { $name }'s case
consent-purpose-INFO_SKOLE = Working together with the school
consent-purpose-INFO_HELSE = Working together with the health service
consent-purpose-INFO_BARNEHAGE = Working together with the kindergarten
consent-purpose-TILTAK_FORELDREVEILEDNING = Help measure: parental guidance
consent-purpose-TILTAK_STOTTEKONTAKT = Help measure: support person
consent-purpose-TILTAK_BESOKSHJEM = Help measure: respite home
consent-purpose-TILTAK_ANNET = Help measure
consent-label-answer-needed = Waiting for your answer
consent-label-deadline-passed = The deadline has passed
consent-label-in-force = In force
consent-label-not-all = You have said yes
consent-label-declined = You have said no
consent-label-withdrawn = You have withdrawn your consent
consent-label-cancelled = Cancelled by the child welfare service
consent-label-expired = Ended
consent-deadline-on = Deadline for your answer: { $date }
consent-heading = Consent: { $purpose }
consent-status-answer-needed = The child welfare service is waiting for your answer. The deadline for your answer is { $date }.
consent-status-deadline-passed = The deadline for your answer passed on { $date } without an answer from you. Contact your caseworker if you want to answer now.
consent-status-in-force = The consent is in force: everyone who was asked has said yes.
consent-status-not-all = You have said yes. The consent only comes into force when everyone who was asked has said yes.
consent-status-declined = You have said no. The consent is not in force.
consent-status-withdrawn = You have withdrawn your consent. From then on, the child welfare service shares nothing more.
consent-status-cancelled = The child welfare service has cancelled this request. You do not need to do anything.
consent-status-expired = The consent applied until { $date } inclusive and has now ended.
consent-what-heading = What you are being asked
consent-explain-exchange = The child welfare service is asking for permission to give and receive information about the case, as described here. Without your consent, we will not do so.
consent-explain-measure = The child welfare service is proposing a help measure. A help measure needs consent from the person who has day-to-day care of the child, and from the child themselves from the age of 15.
consent-service-words = The child welfare service writes
consent-recipients-exchange = Who the information may go to
consent-recipients-measure = Who carries out the measure
consent-from = From when
consent-from-answer = From when you say yes
consent-until = Until when
consent-until-date = Until { $date } inclusive
consent-until-withdrawn = Until you withdraw your consent
consent-deadline = Deadline for your answer
consent-if-no-heading = If you say no
consent-if-no-exchange = Then we will not give or collect this information. It has no consequences for how we otherwise work on the case.
consent-if-no-measure = Then we will not start the measure. Your caseworker will contact you to talk about what could help instead.
consent-withdraw-anytime = If you say yes, you can withdraw your consent at any time, without giving a reason.
consent-others = Others in the case have also been asked. The consent only comes into force when everyone has said yes. You will not be told what the others answer, and they will not be told what you answer.
consent-answer-heading = Your answer
consent-yes = Yes, I consent
consent-no = No, I do not consent
consent-withdraw = Withdraw your consent
consent-withdraw-before = If you withdraw your consent, the child welfare service shares nothing more from then on. What was shared before was shared lawfully and will not be taken back.
consent-withdraw-confirm-heading = Do you want to withdraw your consent?
consent-withdraw-confirm = Yes, withdraw my consent
consent-withdraw-back = No, go back
consent-saved-ja = Your answer has been saved: you have said yes.
consent-saved-nei = Your answer has been saved: you have said no.
consent-saved-trekk = Your consent has been withdrawn. This is your receipt; you can also find it in the history below.
consent-unchanged = Your answer was already registered. Nothing has changed.
consent-refused-deadline = The deadline for your answer has passed, so your answer could not be saved. Please contact your caseworker.
consent-refused = Your answer could not be saved: it does not match the status of the consent. See the status above.
consent-restored-choice = You had chosen: { $choice }
consent-history-heading = History
consent-history-asked = You were asked
consent-history-yes = You said yes
consent-history-no = You said no
consent-history-withdrawn = You withdrew your consent
consent-history-reset = Your answer was set back to "waiting for an answer"
consent-history-dates = The dates were changed
consent-history-cancelled = The child welfare service cancelled the request
consent-history-by-service = registered by the child welfare service
consent-back-to-case = Back to the case

## Consents, for staff
staff-consents = Consents
staff-consents-empty = No consents in your unit's cases.
staff-consents-withdrawn = Withdrawn in the last 30 days
staff-consents-withdrawn-intro = A withdrawn consent usually means something has to stop: information may no longer be shared, or a measure has to end.
staff-consents-due = Answers due within a week
staff-consents-group = { $status } ({ $count })
staff-consents-caption = Consents
staff-consents-withdrawn-on = withdrawn on
staff-consents-none-in-case = No consents in the case.
staff-col-consent = Consent
staff-col-status = Status
staff-col-answer = Answer
staff-col-event = Event
staff-col-by = By
staff-col-note = Reason
staff-consent-new = New consent
staff-consent-purpose = Purpose
staff-consent-choose-purpose = Choose a purpose
staff-consent-text = What the parties are asked, in the service's own words
staff-consent-text-hint = Write simply and concretely what is shared or done, and why. The parties who are asked see the text. At most { $max } characters.
staff-consent-recipients = Who the information may go to, or who carries out the measure
staff-consent-parties = Who is asked
staff-consent-not-askable-under-15 = under 15 and not a party
staff-consent-not-askable-adult = the child is 18 and answers for themselves
staff-consent-not-askable-no-rights = not a party to the case now
staff-consent-end = In force up to and including (may be left empty)
staff-consent-end-hint = Empty: the consent is in force until the party withdraws it.
staff-consent-create = Send the request
staff-consent-answers = Answers from the parties
staff-consent-register = Register an answer given on paper or by phone
staff-consent-register-hint = Only the changes KS Fiks allows caseworkers to make. Write how and when the answer was given.
staff-consent-choose-party = Choose a party
staff-consent-may-set = can be set to
staff-consent-choose-answer = Choose an answer
staff-consent-note = Reason (staff only)
staff-consent-register-submit = Register the answer
staff-consent-dates = Change the dates
staff-consent-dates-submit = Save the dates
staff-consent-cancel = Cancel the consent
staff-consent-cancel-hint = This cannot be undone. The parties see that the request has been cancelled, but not the reason.
staff-consent-cancel-submit = Cancel the consent
staff-consent-by-import = The case system
consent-overall-VENTER_PAA_SVAR = Waiting for an answer
consent-overall-SAMTYKKET = Consented
consent-overall-IKKE_SAMTYKKET = Not consented
consent-overall-TRUKKET = Withdrawn
consent-overall-SVARFRIST_PASSERT = The deadline has passed
consent-overall-UTLOPT = Expired
consent-overall-AVBRUTT = Cancelled
consent-answer-VENTER_PAA_SVAR = Waiting for an answer
consent-answer-SAMTYKKET = Consented
consent-answer-IKKE_SAMTYKKET = Not consented
consent-answer-TRUKKET = Withdrawn
consent-event-OPPRETTET = Sent to the parties
consent-event-AKSEPTERT_AV_PART = Consented
consent-event-AVSLAATT_AV_PART = Said no
consent-event-TRUKKET_AV_PART = Withdrew the consent
consent-event-OPPDATERT_PAA_VEGNE_AV_PART = Answer registered by the service
consent-event-REDIGERT = Dates changed
consent-event-AVBRUTT = Cancelled
consent-error-form-old = The form is out of date. Reload the page and try again.
consent-error-purpose = Choose a purpose.
consent-error-required = Fill in this field.
consent-error-too-long = The text is too long.
consent-error-date-missing = Enter a date.
consent-error-date-invalid = The date is not valid. Write it as yyyy-mm-dd.
consent-error-deadline-past = The deadline cannot be earlier than today.
consent-error-end-before-deadline = The end date cannot be earlier than the deadline.
consent-error-nobody = Choose at least one party.
consent-error-not-askable = Someone you chose cannot be asked.
consent-error-youth = A help measure for a young person aged 15–17 requires that the young person is asked too.
consent-error-answer = Choose an answer.
consent-error-cancelled = The consent has been cancelled and cannot be changed.
consent-error-expired = The consent has expired and cannot be changed.
consent-error-deadline-passed = The deadline has passed.
consent-error-not-asked = Choose a party who has been asked.
consent-error-transition = That change to the answer is not allowed. See what the party can be set to.
consent-staff-created = The request has been sent to the parties.
consent-staff-dates-saved = The dates have been saved.
consent-staff-cancelled = The consent has been cancelled.
consent-staff-answer-saved = The answer has been registered.
consent-staff-unchanged = Nothing new to save: it was already like that.
consent-errors-heading = Nothing was saved. Please correct this:
access-log-did-staff-consent-view = Opened a consent you were asked for
access-log-did-staff-consent-create = Asked you for a consent
access-log-did-staff-consent-change = Changed a consent you were asked for
access-log-did-staff-post-read = Opened a message from you

## Messages
post-heading = Messages
post-teaser = Write to the child welfare service about the case, and read the replies. Only you and the service can see what you write.
post-link = Go to your messages
post-private = The messages here are between you and the child welfare service. No other parties to the case can see them.
post-none = No messages yet.
post-last = Latest message
post-unread = { $count ->
    [one] 1 new message
   *[other] { $count } new messages
}
post-new = New message
post-subject = Subject
post-text = Message
post-text-hint = At most { $max } characters. Do not enter other people's national identity numbers.
post-send = Send
post-sent = The message has been sent.
post-reply = Reply
post-at = at { $time }
post-read-by = Read by { $who } at { $time }
post-not-read = Not read yet
post-the-service = the child welfare service
post-the-party = the party
post-reminded = Your message has not been opened within two working days. The leaders of the unit have been notified.
post-all-threads = All messages in the case
post-error-form-old = The form is out of date. Reload the page and try again; your text is still there.
post-error-subject = Enter a subject.
post-error-subject-long = The subject is too long.
post-error-empty = Write a message.
post-error-long = The message is too long.
post-error-party = Choose who the message is for.
staff-post = Messages
staff-post-empty = No messages in your unit's cases.
staff-post-overdue = Not opened within two working days
staff-post-overdue-intro = Messages from parties that nobody has opened within two working days (public holidays are not counted). Make sure someone takes them.
staff-post-mine = Assigned to me
staff-post-state-new = New
staff-post-state-open = Opened, not handled
staff-post-state-waiting = Waiting for the party
staff-post-state-handled = Handled
staff-post-assigned = Assigned to
staff-post-late = late
staff-post-of-case = Messages in the case
staff-post-new = Write to a party
staff-post-to = To
staff-post-take = Take the message
staff-post-mark-handled = Mark as handled
staff-post-taken = The message has been assigned to you.
staff-post-handled = The message has been marked as handled.
post-attachments = Attachments
post-files = Attachments (optional)
post-files-hint = You can attach up to { $count } files of up to { $size } MB each: PDF, JPG, PNG or HEIC (iPhone photos).
post-files-again = The files you had chosen were not sent. Please attach them again.
post-files-kept = Files attached. Tick any you want to remove.
post-file-remove = Remove { $name }
post-size-mb = { $whole }.{ $tenth } MB
post-size-kb = { $size } kB
post-file-empty = The file is empty.
post-file-too-large = The file is larger than 10 MB. Split it, or take the photo at a lower resolution.
post-file-too-many = You can attach at most 10 files to one message. Send the rest in a new message.
post-file-type = This type of file cannot be sent. We accept PDF, JPG, PNG and HEIC.
post-file-encrypted = The PDF is password protected, so the service cannot open it. Save it without a password and attach it again.
post-file-broken = The PDF is damaged and cannot be opened. Save or export it again and attach it once more.
access-log-did-staff-post-attachment = Opened an attachment in a message with you
post-doc-input = Reply or appeal
post-svar-link = Reply to the document
post-klage-vedtak-link = Appeal the decision
post-klage-innsyn-link = Appeal the refusal of access
post-svar-heading = Reply to the document
post-klage-heading = Appeal
post-svar-subject = Reply to: { $title }
post-klage-subject = Appeal against: { $title }
post-klage-intro = Your appeal goes to the child welfare service first. If the service does not change its decision, it sends your appeal on to the County Governor (Statsforvalteren), who decides it. Write what you disagree with and why. You do not need to refer to the law.
post-klage-open = You can appeal until and including { $date }.
post-klage-late = You can still write to the child welfare service. An appeal that comes too late may still be considered if there are special reasons (Public Administration Act § 31).
post-klage-write = Write your appeal
post-svar-write = Write your reply
post-doc-not-released = You can only reply to documents that have been shared with you.
post-klage-nothing = There is nothing here you can appeal. You can appeal decisions shared with you, and refusals of access.
post-klage-passed = The deadline for appeals passed on { $date }.
post-error-klage-passed = The deadline for appeals has passed. Your appeal was not sent.
staff-post-kind-svar = Reply to document
staff-post-kind-klage = Appeal
staff-post-document = See the document
staff-post-klage-intro = This is an appeal. Consider it and change the decision, or send the appeal to the County Governor (Public Administration Act § 33).

## Access to the whole case
case-innsyn-link = Ask to see the whole case
case-innsyn-link-hint = Also documents you have not been told about.
case-innsyn-heading = Access to the whole case
case-innsyn-intro = As a party you have the right to see the documents of your case (Public Administration Act § 18). Here you can ask to see all of them, also those you have not been told about. The child welfare service goes through each document and answers you here. Something may be kept back where the law says so; you are then told why, and you can appeal.
case-innsyn-status-heading = Your request
case-innsyn-form-heading = Ask for access
case-innsyn-message-label = Anything you want to say about what you wish to see? (optional)
case-innsyn-submit = Ask to see the whole case
case-innsyn-back = Back to the case
case-innsyn-waiting = The child welfare service has not answered yet. The answer will appear here.
case-innsyn-answer-GRANTED = Granted on { $date }: you can now read every document of the case.
case-innsyn-answer-PARTLY_GRANTED = Partly granted on { $date }: you can now read more of the case, but something is still kept back.
case-innsyn-answer-REFUSED = Refused on { $date }.
case-innsyn-answer-words = The child welfare service's answer
case-innsyn-appeal-how = The appeal goes to the child welfare service.
case-innsyn-appeal-link = Appeal the answer
case-innsyn-sent = Your request has been sent. The child welfare service will answer you here.
case-innsyn-too-long = The message is too long. Make it shorter and send it again.
staff-innsyn-whole-case = The whole case
staff-case-innsyn-heading = Access to the whole case
staff-case-innsyn-from = Request from { $name }
staff-case-innsyn-none = This party has not asked to see the whole case.
staff-case-innsyn-answered-GRANTED = Granted on { $date }.
staff-case-innsyn-answered-PARTLY_GRANTED = Partly granted on { $date }.
staff-case-innsyn-answered-REFUSED = Refused on { $date }.
staff-case-innsyn-documents = The documents of the case
staff-case-innsyn-kept = { $count ->
    [0] Every document is shared in full with the party.
    [one] One document is not shared in full with the party.
   *[other] { $count } documents are not shared in full with the party.
}
staff-case-innsyn-caption = What { $name } sees of each document
staff-case-innsyn-col-state = The party sees
staff-case-innsyn-answer = Answer the party
staff-case-innsyn-answer-intro = First decide each document for the party on the document's page. The answer tells the party what came of it; it shares nothing itself.
staff-case-innsyn-choice = Answer
staff-case-innsyn-choice-GRANTED = Granted: the party sees every document in full
staff-case-innsyn-choice-PARTLY_GRANTED = Partly granted: something is still kept back
staff-case-innsyn-choice-REFUSED = Refused
staff-case-innsyn-words = Answer and reasons for the party
staff-case-innsyn-words-hint = The party reads this. Required for a refusal or a partial grant. At most { $max } characters.
staff-case-innsyn-send = Send the answer
case-innsyn-answered = The answer has been sent to the party.
case-innsyn-nothing-open = The request had already been answered. Nothing new was stored.
case-innsyn-error-choice = Choose an answer.
case-innsyn-error-granted-kept = Granted can only be chosen when the party sees every document in full. Decide the documents not shared, or choose partly granted or refused.
case-innsyn-error-all-shared = The party sees every document in full. Choose granted.
case-innsyn-error-reason = Write the reasons the party will be given.
case-innsyn-error-too-long = The answer is too long.
access-log-did-staff-case_innsyn-view = Opened your request to see the whole case
access-log-did-staff-case_innsyn-answer = Answered your request to see the whole case
minutes-heading = Comments on the minutes
minutes-back = Back to the minutes
minutes-intro = Is something in the minutes wrong, or missing? Ask for a correction in the part it concerns, or to the minutes as a whole. The child welfare service answers you here, and your comment is kept with the minutes.
minutes-text = The minutes, part by part
minutes-part = Part { $number }
minutes-ask-here = Ask for a correction in this part
minutes-whole-heading = The minutes as a whole
minutes-ask-whole = Ask for a correction to the whole minutes
minutes-not-open = The minutes are not open for comments. Contact the child welfare service if something in them is wrong.
minutes-closed = The deadline for comments was { $date }. Contact the child welfare service if something in the minutes is still wrong.
deadline-minutes-open = You can ask for corrections to the minutes until { $date }.
minutes-you-asked-on = You asked for a correction on { $date }:
minutes-answer-CORRECTED = The child welfare service answered on { $date }: The minutes will be corrected.
minutes-answer-KEPT_AS_COMMENT = The child welfare service answered on { $date }: The minutes will not be corrected, but your comment is kept with the minutes.
minutes-waiting = The child welfare service has not answered yet.
minutes-comment-label = What should be corrected?
minutes-comment-hint = Write what is wrong and what it should say instead. At most { $max } characters.
minutes-comment-submit = Send the comment
minutes-comment-sent = Your comment has been sent. The child welfare service will answer you here.
minutes-link-open = Ask for corrections to the minutes
minutes-link-closed = See your comments on the minutes
minutes-sent-count = You have sent { $sent } { $sent ->
    [one] comment
   *[other] comments
}, { $answered } answered.
minutes-error-empty = Write what should be corrected.
minutes-error-too-long = The comment is too long.
minutes-error-part = Choose a part of the minutes.
minutes-error-closed = The minutes are no longer open for comments. Your comment was not sent.
minutes-error-form = The form was no longer valid. Please send your comment again.
minutes-error-not-minutes = Only meeting minutes can be opened for comments.
minutes-error-shared-with-nobody = The minutes are not shared with any party yet. Share them before opening them for comments.
minutes-error-no-date = Choose the last day for comments.
minutes-error-past = The last day for comments cannot be before today.
minutes-error-too-far = The last day for comments can be at most three months ahead.
minutes-error-outcome = Choose whether the minutes will be corrected.
minutes-error-reason = Write why the minutes will not be corrected.
minutes-error-answer-too-long = The answer is too long.
minutes-opened = The deadline for comments has been saved.
minutes-deadline-unchanged = The deadline was already that day. Nothing was changed.
minutes-answered = The answer has been sent to the party.
minutes-already-answered = The comment had already been answered. Nothing was changed.
staff-minutes-heading = Comments on the minutes
staff-minutes-back = Back to the document
staff-minutes-link = Comments on the minutes
staff-minutes-comments = Comments from the parties
staff-minutes-none = No comments yet.
staff-minutes-not-minutes = Only meeting minutes can be opened for comments.
staff-minutes-period = Deadline for comments
staff-minutes-open-until = Open for comments until { $date }.
staff-minutes-closed-on = The deadline for comments was { $date }.
staff-minutes-never-opened = The minutes have not been opened for comments.
staff-minutes-party-can = can ask for corrections
staff-minutes-party-cannot = has not been given the minutes and cannot ask for corrections
staff-minutes-deadline = Last day for comments
staff-minutes-deadline-hint = The parties who have been given the minutes can ask for corrections until and including this day. The usual deadline is three weeks.
staff-minutes-open = Open for comments
staff-minutes-move = Change the deadline
staff-minutes-from = From { $name }
staff-minutes-sent-on = sent on { $date }
staff-minutes-quote = This part as the party saw it:
staff-minutes-request = The comment:
staff-minutes-answered-CORRECTED = Answered on { $date }: the minutes will be corrected.
staff-minutes-answered-KEPT_AS_COMMENT = Answered on { $date }: the minutes will not be corrected; the comment is kept with the minutes.
staff-minutes-outcome = Answer to the party
staff-minutes-outcome-CORRECTED = The minutes will be corrected (a corrected version is registered in the case system)
staff-minutes-outcome-KEPT_AS_COMMENT = The minutes will not be corrected; the comment is kept with the minutes
staff-minutes-answer = Your answer to the party
staff-minutes-answer-hint = Required when the minutes will not be corrected. At most { $max } characters.
staff-minutes-answer-submit = Send the answer
access-log-did-staff-minutes-view = Opened the comments on meeting minutes
access-log-did-staff-minutes-open = Opened meeting minutes for comments
access-log-did-staff-minutes-answer = Answered your comment on meeting minutes
minutes-unsent = This is what you wrote. It was not sent; keep it if you want to send it another way:
staff-minutes-waiting = { $count ->
    [one] 1 comment waits for an answer
   *[other] { $count } comments wait for an answer
}

## Notices (e-mail and SMS): never what is new, no names, no links.
notice-subject = News in Min sak
notice-reminder-subject = Reminder: news in Min sak
notice-email-body =
    Hello,

    There is something new for you in Min sak. Log in as you usually do to see what it is.

    This e-mail was sent automatically and cannot be answered.
notice-sms = There is something new for you in Min sak. Log in as you usually do to see it. This message cannot be answered.
notice-staff-subject = New message in Min sak
notice-staff-email-body =
    Hello,

    A party has written to the service in Min sak. Log in as an employee to read the message.

    This e-mail was sent automatically and cannot be answered.
notice-deadline-subject = A deadline is near in Min sak
notice-deadline-email-body =
    Hello,

    You have a deadline in Min sak that runs out in a few days. Log in as you usually do to see what it concerns.

    This e-mail was sent automatically and cannot be answered.
notice-deadline-sms = You have a deadline in Min sak that runs out in a few days. Log in as you usually do to see it. This message cannot be answered.
notice-escalation-subject = Unopened message in Min sak
notice-escalation-email-body =
    Hello,

    A message from a party has waited unopened in the unit for more than two working days. Log in as an employee and see the unit's inbox.

    This e-mail was sent automatically and cannot be answered.
staff-paper-needed = Needs letters on paper
staff-paper-needed-why = Marked “Needs letters on paper”: this person gets no digital notices (reserved, cannot be notified, or no address in the contact register). Send letters on paper.
