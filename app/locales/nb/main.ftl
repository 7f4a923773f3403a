app-name = Min sak – barnevern
skip-to-content = Gå til hovedinnholdet
language-switcher = Velg språk
logged-in-as = Logget inn som
my-cases = Mine saker
log-out = Logg ut
footer-about = Min sak viser sakene dine hos barnevernstjenesten. Du ser bare det som er delt med deg.
landing-heading = Se saken din hos barnevernet
landing-intro = Her kan du som er part i en barnevernssak lese dokumentene som er delt med deg, se hva som skjer i saken, og kontakte barnevernstjenesten.
landing-point-cases = Se hvor saken står, og hvilke frister som gjelder.
landing-point-documents = Les vedtak, rapporter og planer som er delt med deg.
landing-point-contact = Se hvem som er saksbehandleren din, og hvordan du når dem.
log-in-idporten = Logg inn med ID-porten
landing-who = Du kan logge inn hvis du er forelder, verge, ungdom over 15 år eller ung voksen med ettervern.
logged-out-heading = Du er logget ut
logged-out-body = Du er nå logget ut av Min sak. Lukk nettleseren hvis du bruker en delt datamaskin.
log-in-again = Logg inn igjen
login-failed-heading = Innloggingen ble ikke fullført
login-failed-acr = Du må logge inn med et høyere sikkerhetsnivå (for eksempel BankID) for å se saken din.
login-failed-unknown-person = Vi finner ingen sak hos barnevernstjenesten der du er part. Ta kontakt med barnevernstjenesten hvis du mener dette er feil.
login-failed-cancelled = Du avbrøt innloggingen.
login-failed-expired = Innloggingen tok for lang tid, eller lenken var allerede brukt. Prøv igjen.
login-failed-generic = Noe gikk galt under innloggingen. Prøv igjen om litt.
login-failed-help = Trenger du hjelp? Ring barnevernstjenesten i kommunen din.
not-found-heading = Fant ikke siden
not-found-body = Siden finnes ikke, eller du har ikke tilgang til den.
go-to-front-page = Gå til forsiden
my-cases-empty = Du er ikke part i noen saker som vises her.
my-cases-intro = { $count ->
    [one] Du er part i én sak.
   *[other] Du er part i { $count } saker.
}
filter-cases-label = Søk i sakene dine
filter-cases-no-match = Ingen saker passer søket.
ended-heading = Saker du ikke lenger ser
ended-case = Saken om { $name }
ended-came-of-age = { $name } fylte 18 år { $date }. Fra den dagen er du ikke lenger part i saken, fordi rettighetene til foreldre og verger i en barnevernssak slutter når barnet fyller 18 år. Derfor vises ikke saken her lenger.
ended-share = Nå er det { $name } selv som bestemmer hvem som får se saken. Hvis { $name } ønsker det, kan { $name } dele dokumenter med deg.
ended-party-rights = Fra og med { $date } er du ikke lenger part i saken om { $name }, og derfor vises ikke saken her lenger. Barnevernstjenesten kan fortelle deg hvorfor.
ended-innsyn = Vil du lese dokumenter fra saken, kan du be barnevernstjenesten om innsyn.
ended-contact = Kontakt barnevernstjenesten
ended-contact-protected = Kontakt barnevernstjenesten i kommunen der du hadde saken. Sentralbordet i kommunen kan sette deg over.
ended-case-own = Saken din
ended-moved = Fra og med { $date } har { $service } saken om { $name }. Saken er flyttet dit, og derfor vises den ikke her lenger.
ended-moved-own = Fra og med { $date } har { $service } saken din. Saken er flyttet dit, og derfor vises den ikke her lenger.
ended-moved-elsewhere = Fra og med { $date } har en annen barnevernstjeneste saken om { $name }. Derfor vises den ikke her lenger.
ended-moved-next = Har du spørsmål om saken nå, kontakt { $service }.
ended-moved-innsyn = Vil du lese dokumenter fra tiden før saken ble flyttet, kan du be barnevernstjenesten som hadde saken, om innsyn.
case-unit = Enhet
case-phase = Fase
case-overview = Saken
coming-soon = Denne siden kommer snart.
error-unauthorized = Du må logge inn for å se dette.
error-not-found = Vi fant ikke det du så etter, eller du har ikke tilgang til det.
error-internal = Noe gikk galt hos oss. Prøv igjen om litt.
error-request = Forespørselen kunne ikke behandles. Prøv igjen.
case-heading = Saken til { $name }
case-documents-link = { $count ->
    [one] Se dokumentet
   *[other] Se { $count } dokumenter
}{ $unread ->
    [0] {""}
    [one] {" "}(ett nytt)
   *[other] {" "}({ $unread } nye)
}
case-phase-now = Saken er nå i fasen
case-closed-still-readable = Saken er avsluttet. Du kan fortsatt lese dokumentene som er delt med deg.
case-timeline = Hva har skjedd, og hva skjer videre
case-contact = Kontakt
case-your-caseworker = Saksbehandleren din
phase-BEKYMRINGSMELDING = Bekymringsmelding
phase-UNDERSOKELSE = Undersøkelse
phase-HJELPETILTAK = Hjelpetiltak
phase-OMSORGSTILTAK = Omsorgstiltak
phase-ETTERVERN = Ettervern
phase-AVSLUTTET = Avsluttet
phase-explain-BEKYMRINGSMELDING = Barnevernstjenesten har fått en bekymringsmelding. Innen en uke skal de bestemme om de skal undersøke saken videre eller avslutte den.
phase-explain-UNDERSOKELSE = Barnevernstjenesten undersøker hvordan barnet har det, og om det trengs hjelp. En undersøkelse skal vanligvis være ferdig innen tre måneder.
phase-explain-HJELPETILTAK = Familien får hjelp, for eksempel veiledning eller støtte. Hjelpen står i en tiltaksplan, og den blir vurdert jevnlig sammen med dere.
phase-explain-OMSORGSTILTAK = Barnet bor utenfor hjemmet, for eksempel i fosterhjem. Barneverns- og helsenemnda har bestemt dette, eller det er gjort et akuttvedtak.
phase-explain-ETTERVERN = Du får hjelp etter at du fylte 18 år. Ettervern er frivillig, og du bestemmer selv om du vil ha det, fram til du fyller 25.
phase-explain-AVSLUTTET = Saken er avsluttet. Du har fortsatt rett til å lese dokumentene i saken.
milestone-MELDING_MOTTATT = Bekymringsmelding mottatt
milestone-MELDING_VURDERT = Meldingen vurdert (frist 7 dager)
milestone-UNDERSOKELSE_STARTET = Undersøkelse startet
milestone-UNDERSOKELSE_FRIST = Undersøkelsen skal være ferdig
milestone-UNDERSOKELSE_FORLENGET = Undersøkelsen forlenget
milestone-UNDERSOKELSE_AVSLUTTET = Undersøkelsen avsluttet
milestone-VEDTAK_HJELPETILTAK = Vedtak om hjelpetiltak
milestone-TILTAKSPLAN_UTARBEIDET = Tiltaksplan laget
milestone-TILTAKSPLAN_EVALUERING = Tiltaksplanen evalueres
milestone-AKUTTVEDTAK_FATTET = Akuttvedtak
milestone-AKUTTVEDTAK_GODKJENNING = Akuttvedtaket godkjennes (frist 48 timer)
milestone-NEMND_VEDTAK = Vedtak i barneverns- og helsenemnda
milestone-ETTERVERN_START = Ettervern startet
milestone-SAK_AVSLUTTET = Saken avsluttet
milestone-done = Skjedde { $date }
milestone-due = Frist { $date }
milestone-overdue = Fristen var { $date }, og er passert
milestone-planned = Planlagt
documents-heading-plain = Dokumenter
documents-heading = Dokumenter i saken til { $name }
back-to-case = Tilbake til saken
back-to-documents = Tilbake til dokumentene
documents-filter-type = Type dokument
documents-all-types = Alle typer
documents-sort = Rekkefølge
documents-newest-first = Nyeste først
documents-oldest-first = Eldste først
documents-apply = Vis
documents-count = { $count ->
    [0] Ingen dokumenter vises.
    [one] Ett dokument vises.
   *[other] { $count } dokumenter vises.
}
documents-partly-shared = Delvis delt
documents-withheld = Ikke delt med deg
documents-new = Nytt
doctype-VEDTAK = Vedtak
doctype-UNDERSOKELSESRAPPORT = Undersøkelsesrapport
doctype-TILTAKSPLAN = Tiltaksplan
doctype-EVALUERING = Evaluering
doctype-MOTEREFERAT = Møtereferat
doctype-BREV = Brev
doctype-MELDING = Melding
doctype-SAMTYKKE = Samtykke
doctype-ANNET = Annet dokument
document-heading-plain = Dokument
document-sensitive = Dette dokumentet kan være vondt å lese. Du kan gjerne lese det sammen med noen du stoler på, eller be om et møte med saksbehandleren for å gå gjennom det.
document-partly-shared = Deler av dokumentet er ikke delt med deg. Disse delene er merket «skjermet».
document-partly-shared-why = Se hvorfor, og hva du kan gjøre
document-download-pdf = Last ned dokumentet som PDF
document-questions = Spørsmål om dokumentet?
document-redacted-marker = [skjermet]
withheld-heading = Dette dokumentet er ikke delt med deg
withheld-intro = Du kan se at dokumentet finnes, men ikke hva det står i det. Her er begrunnelsen.
withheld-ground = Grunn
withheld-law = Lovhjemmel
withheld-justification = Begrunnelse fra barnevernstjenesten
withheld-merinnsyn = Vurdert om du likevel kan få se det (merinnsyn)
withheld-merinnsyn-yes = Ja, det er vurdert
withheld-merinnsyn-no = Nei
withheld-what-you-can-do = Dette kan du gjøre
withheld-ask-innsyn = Be om innsyn: bruk skjemaet under, eller kontakt barnevernstjenesten. Du får et skriftlig svar.
withheld-appeal = Klage: får du nei, kan du klage innen 3 uker. Klagen sendes til barnevernstjenesten, som sender den videre til Statsforvalteren.
withheld-representative = Har du advokat eller en annen fullmektig, kan de i noen tilfeller få se dokumentet selv om du ikke får det.
hidden-parts-heading = Derfor er deler av dokumentet skjermet
hidden-parts-intro = Du kan lese dokumentet, men noen opplysninger i det er tatt ut og merket «skjermet». Her er begrunnelsen.
hidden-parts-merinnsyn = Vurdert om du likevel kan få se det som er skjermet (merinnsyn)
hidden-parts-ask-innsyn = Be om innsyn i de skjermede delene: bruk skjemaet under, eller kontakt barnevernstjenesten. Du får et skriftlig svar.
hidden-parts-representative = Har du advokat eller en annen fullmektig, kan de i noen tilfeller få se de skjermede delene selv om du ikke får det.
contact-phone = Telefon
contact-email = E-post
contact-visit = Besøksadresse
contact-hours = Åpningstider
contact-postal = Postadresse
login-failed-not-staff = Du er ikke registrert som ansatt i en barnevernstjeneste som bruker Min sak, eller rollen eller enheten din stemmer ikke.
staff-cases = Saker i enheten
staff-landing-heading = Min sak for ansatte
staff-landing-intro = Her bestemmer du hva hver part får se av dokumentene i sakene til enheten din, svarer på innsynskrav og ber om samtykker.
staff-log-in = Logg inn som ansatt
staff-landing-citizen-hint = Er du part i en sak?
staff-cases-empty = Enheten din har ingen saker.
staff-cases-caption = { $count ->
    [one] Én sak
   *[other] { $count } saker
}
staff-col-child = Barn
staff-col-opened = Åpnet
staff-col-documents = Dokumenter
staff-col-undecided = Mangler innsynsvurdering

# Workbench: cases, queue, decisions, preview
staff-nav = Arbeidsflate
staff-queue = Beslutningskø
staff-queue-intro = Dokumenter der minst én part ennå ikke har fått en innsynsvurdering, eldste først.
staff-queue-empty = Alle dokumenter i enheten har en innsynsvurdering for alle parter.
staff-queue-caption = { $count ->
    [1] Ett dokument venter
   *[other] { $count } dokumenter venter
}
staff-col-document = Dokument
staff-col-date = Dato
staff-col-waiting-for = Venter på vurdering for
staff-filter-phase = Fase
staff-filter-all-phases = Alle faser
staff-filter-undecided = Bare saker med dokumenter som mangler vurdering
staff-case-plain = Sak
staff-case-heading = Saken til { $name }
staff-case-moved = Saken går over til { $service } fra og med { $date }. Fra den dagen ser ingen part saken her, og det du deler, når dem ikke.
staff-grid-caption = Dokumenter og hva hver part får se
staff-preview-heading = Forhåndsvis som part
staff-preview-as = Se saken slik { $name } ser den
staff-preview-plain = Forhåndsvisning
staff-preview-heading-as = Forhåndsvisning: slik ser { $name } saken
staff-preview-banner = Du ser nå saken slik { $name } ser den. Ingenting blir merket som lest.
staff-preview-leave = Tilbake til saken
staff-document-plain = Dokument
staff-back-to-case = Tilbake til saken til { $name }
staff-document-text = Hele teksten (bare for ansatte)
staff-decisions-heading = Innsynsvurdering per part
staff-current-state = Gjelder nå
staff-no-history = Ingen vurdering er gjort ennå.
staff-history = { $count ->
    [1] Historikk (1 vurdering)
   *[other] Historikk ({ $count } vurderinger)
}
release-state-NOT_DECIDED = Ikke vurdert
release-state-SHARED = Delt
release-state-PARTLY_SHARED = Delvis delt
release-state-WITHHELD = Unntatt
role-HOVEDPERSON = barnet/ungdommen
role-MOR = mor
role-FAR = far
role-MEDMOR = medmor
role-MEDFAR = medfar
role-VERGE = verge
decision-heading = Ny innsynsvurdering
decision-parties = Parter vurderingen gjelder
decision-state = Vurdering
decision-choice-SHARED = Del hele dokumentet
decision-choice-PARTLY_SHARED = Del med sladding
decision-choice-WITHHELD = Unnta fra innsyn
decision-choice-NOT_DECIDED = Trekk tilbake (ikke vurdert, skjult for parten)
decision-grounds = Hjemmel
decision-grounds-hint = Påkrevd når dokumentet unntas eller deles med sladding. La feltet stå tomt ellers.
decision-grounds-none = Ingen hjemmel valgt
decision-grounds-unverified = paragraf ikke bekreftet
decision-justification = Begrunnelse (vises for parten)
decision-justification-hint = Påkrevd når dokumentet unntas eller deles med sladding. La feltet stå tomt ellers.
decision-merinnsyn = Merinnsyn er vurdert (forvaltningsloven § 18 andre ledd)
decision-redactions = Sladding
decision-redactions-hint = Bare for deling med sladding. Kryss av for avsnitt som skal sladdes i sin helhet.
decision-redact-block = Sladd hele avsnittet:
decision-reason = Grunn til endringen (internt)
decision-reason-hint = Påkrevd når du endrer eller trekker tilbake en vurdering som allerede gjelder.
decision-saved = { $count ->
    [1] Vurderingen er lagret for én part.
   *[other] Vurderingen er lagret for { $count } parter.
}
decision-errors-heading = Vurderingen ble ikke lagret. Rett opp dette:
decision-error-parties = Velg minst én part i saken.
decision-error-state = Velg en vurdering.
decision-error-grounds = Velg en hjemmel fra listen.
decision-error-justification = Skriv en begrunnelse.
decision-error-merinnsyn = Bekreft at merinnsyn er vurdert.
decision-error-reason = Skriv hvorfor du endrer vurderingen.
decision-error-redactions = Sladdingen er ugyldig. Velg avsnitt eller tekst på nytt.
decision-error-redactions-empty = Velg minst ett avsnitt eller en tekstbit som skal sladdes.
decision-error-too-long = Teksten er for lang (høyst 4000 tegn).
redaction-editor-heading = Sladd deler av et avsnitt
redaction-editor-hint = Merk tekst i et avsnitt under og trykk «Sladd markert tekst».
redaction-editor-add = Sladd markert tekst
redaction-editor-clear = Fjern all tekstsladding
redaction-editor-nothing = Merk en tekstbit innenfor ett avsnitt først.
redaction-editor-preview = Slik ser parten teksten
# Arguments reach Fluent as strings, so plural variants never match a count: the
# singular is its own message.
decision-saved-one = Vurderingen er lagret for én part.
innsyn-heading = Be om innsyn
innsyn-intro = Du kan be barnevernstjenesten om å få se dokumentet. De vurderer det på nytt og svarer deg her.
innsyn-message-label = Hvorfor vil du se dokumentet? (valgfritt)
innsyn-heading-hidden-parts = Be om innsyn i de skjermede delene
innsyn-intro-hidden-parts = Du kan be barnevernstjenesten om å få se det som er skjermet i dokumentet. De vurderer det på nytt og svarer deg her.
innsyn-message-label-hidden-parts = Hvorfor vil du se det som er skjermet? (valgfritt)
innsyn-message-hint = Høyst { $max } tegn. Bare du og barnevernstjenesten ser det du skriver.
innsyn-submit = Send forespørselen
innsyn-sent = Forespørselen din er sendt. Du får svar på denne siden.
innsyn-too-long = Meldingen er for lang. Skriv høyst { $max } tegn.
innsyn-requested-on = Du ba om innsyn { $date }.
innsyn-your-message = Din melding
innsyn-waiting = Barnevernstjenesten har ikke svart ennå.
innsyn-answer-GRANTED = Innvilget { $date }: du kan nå lese hele dokumentet.
innsyn-answer-PARTLY_GRANTED = Delvis innvilget { $date }: du kan nå lese deler av dokumentet.
innsyn-answer-REFUSED = Avslått { $date }. Grunnen står over.
staff-innsyn = Innsynsforespørsler
staff-innsyn-intro = Forespørsler fra parter som vil se et dokument som er unntatt for dem, eller de skjermede delene av et dokument som er delvis delt med dem, eldste først. Svar ved å gjøre en ny vurdering for parten på dokumentets side: deling gir innsyn, ny unntakelse er et avslag.
staff-innsyn-empty = Ingen forespørsler venter på svar.
staff-innsyn-caption = { $count ->
    [1] Én forespørsel venter
   *[other] { $count } forespørsler venter
}
staff-innsyn-days = { $count ->
    [1] 1 dag
   *[other] { $count } dager
}
staff-col-party = Part
staff-col-requested = Mottatt
staff-col-message = Melding
staff-innsyn-open = Parten ba om innsyn { $date } og venter på svar. En ny vurdering for parten er svaret.
staff-innsyn-open-hidden-parts = Parten ba om innsyn i de skjermede delene { $date } og venter på svar. En ny vurdering for parten er svaret.
staff-innsyn-hidden-parts = Gjelder de skjermede delene: dokumentet er delvis delt med parten.
staff-innsyn-long-wait = Venter lenge
documents-innsyn-waiting = Du har bedt om innsyn

decision-review = Se over før du lagrer
decision-review-heading = Kontroller vurderingen før du lagrer
decision-review-intro = Ingenting er lagret ennå. Slik blir det for hver part når du bekrefter:
decision-confirm = Bekreft og lagre
decision-edit = Endre vurderingen
decision-include-pdf = Del også PDF-en
decision-include-pdf-hint = Bare ved deling av hele dokumentet, og bare når du har åpnet PDF-en og lest den.
decision-summary-parties = Gjelder
decision-summary-sees = Dette ser parten
decision-summary-SHARED = Hele teksten, slik den står over.
decision-summary-PARTLY_SHARED = Teksten med sladding, akkurat slik:
decision-summary-WITHHELD = Bare tittel og dato, med hjemmel og begrunnelse. Ingenting av innholdet.
decision-summary-NOT_DECIDED = Ingenting: dokumentet blir usynlig for parten.
decision-summary-pdf-yes = PDF-en deles også.
decision-summary-pdf-no = PDF-en deles ikke; parten ser bare teksten.
decision-summary-preview = Forhåndsvis som { $name } (slik det er nå)
decision-error-stray = Dette feltet hører ikke til vurderingen du valgte. Tøm det, eller velg en annen vurdering.
decision-error-changed = Dokumentet ble endret mens du vurderte det. Les det på nytt før du lagrer; det du skrev, er tatt vare på.
decision-error-pdf-not-opened = Åpne og les PDF-en før du deler den.
decision-error-pdf-only-share = Dokumentet har bare PDF. Åpne den og kryss av for å dele PDF-en.
decision-error-pdf-only-partly = Dokumentet har bare PDF og kan ikke sladdes før fagsystemet sender teksten.
decision-error-confirm-expired = Vurderingen du skulle bekrefte, finnes ikke lenger (den er erstattet eller utløpt). Ingenting ble lagret; fyll ut skjemaet på nytt.
staff-document-no-text = Dokumentet har ingen tekst, bare PDF.
staff-pdf-heading = PDF
staff-pdf-open = Åpne PDF-en
staff-pdf-opened = Du har åpnet PDF-en i denne versjonen.
staff-pdf-not-opened = Du har ikke åpnet PDF-en. Den kan ikke deles før du har lest den.
staff-pdf-only = Dokumentet kan ikke deles med sladding før fagsystemet sender teksten.

# deadlines (issue 11)
date-words = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
deadline-vedtak-open = Du kan klage på vedtaket til og med { $date }.
deadline-innsyn-open = Du kan klage på avslaget til og med { $date }. Send klagen til barnevernstjenesten; endrer de ikke avgjørelsen, sender de den til Statsforvalteren.
deadline-days-left = { $days ->
    [one] Det er én dag igjen.
   *[other] Det er { $days } dager igjen.
}
deadline-last-days = { $days ->
    [0] Fristen går ut i dag.
    [1] Fristen går ut i morgen.
   *[other] Fristen går ut om { $days } dager.
}
deadline-passed = Fristen gikk ut { $date }. Du kan fortsatt kontakte barnevernstjenesten, og en klage etter fristen kan likevel bli behandlet hvis det er særlige grunner (forvaltningsloven § 31).
# emergency contact (issue 11)
emergency-heading = Trenger du hjelp nå?
emergency-vakt = Barnevernvakta for { $service }:
emergency-danger = Er noen i fare akkurat nå? Ring
emergency-alarm = Alarmtelefonen for barn og unge (gratis, hele døgnet):

# The portal's error pages (instead of a browser's bare status page).
error-page-method-heading = Siden kan ikke åpnes slik
error-page-method-body = Denne adressen tar imot skjemaer, men kan ikke åpnes direkte. Gå tilbake til siden du kom fra, eller til forsiden.
error-page-refused-heading = Forespørselen ble avvist
error-page-refused-body = Vi kunne ikke se at skjemaet ble sendt fra Min sak, så ingenting ble lagret. Åpne siden på nytt og prøv igjen.
error-page-bad-request-heading = Vi forstod ikke forespørselen
error-page-bad-request-body = Det som ble sendt, kunne ikke leses, så ingenting ble lagret. Gå tilbake og prøv igjen.
error-page-server-heading = Noe gikk galt hos oss
error-page-server-body = Det er en feil hos oss, ikke hos deg. Prøv igjen om litt. Haster det, kontakt barneverntjenesten.
error-page-other-heading = Noe gikk galt
error-page-other-body = Siden kunne ikke vises. Gå tilbake og prøv igjen, eller gå til forsiden.
# A form sent after the session ended comes back after the login with what was typed.
form-draft-restored = Du ble logget ut før skjemaet ble sendt. Det du skrev, er tatt vare på her. Ingenting er sendt ennå.
# Who has looked at my case (issue 13): the party's access log.
access-log-heading-plain = Hvem har sett saken
access-log-heading = Hvem har sett saken din
access-log-teaser = Se hvem hos barneverntjenesten som har åpnet saken og dokumentene dine, når og hvorfor.
access-log-link = Se hvem som har sett saken
access-log-intro = Her ser du hvem hos barneverntjenesten som har åpnet saken om { $name } og dokumentene du har fått se, når og hvorfor. Det nyeste står først.
access-log-not-listed = Det du selv har lest, står ikke her. Det som bare gjelder andre i saken, og dokumenter du ikke har fått se, står heller ikke her.
access-log-by-role = Barneverntjenesten viser ansatte med rolle og enhet her, ikke med navn. Vil du vite hvem det var, kan du spørre tjenesten.
access-log-empty = Ingen hos barneverntjenesten har åpnet saken eller dokumentene dine ennå.
access-log-count = { $count ->
    [one] Én oppføring.
   *[other] { $count } oppføringer.
}
access-log-pages = Sider i oversikten
access-log-newer = Nyere
access-log-older = Eldre
access-log-page-of = Side { $page } av { $pages }
access-log-question-heading = Mener du at noen har sett saken uten grunn?
access-log-question = Kontakt barneverntjenesten og be om en forklaring. Du kan også kontakte personvernombudet i kommunen, eller klage til Datatilsynet.
access-log-at = { $date } kl. { $time }
access-log-who-named = { $name }, { $role }, { $unit }
access-log-who-role = { $role }, { $unit }
access-log-who-case-system = Fagsystemet til barneverntjenesten
access-log-who-former = En tidligere ansatt
access-log-did-staff-case-view = Åpnet saken
access-log-did-staff-document-view = Åpnet dokumentet
access-log-did-staff-document-pdf = Åpnet PDF-en av dokumentet
access-log-did-staff-decision = Bestemte hva du får se av dokumentet
access-log-did-staff-preview = Så siden slik du ser den
access-log-did-import-case-put = Oppdaterte saken fra fagsystemet
access-log-did-import-document-put = Leverte dokumentet fra fagsystemet
access-log-why = Hvorfor
access-log-why-party = Part i saken
access-log-why-own-session = Innlogging
access-log-why-own-caseworker = Saksbehandleren din
access-log-why-unit-leader = Leder ved enheten som har saken
access-log-why-unit-staff = Ansatt ved enheten som har saken
access-log-why-release-decision = Avgjørelse om hva du får se
access-log-why-preview-as-party = Kontroll av hva du ser
access-log-why-import = Overføring fra fagsystemet
staff-role-saksbehandler = saksbehandler
staff-role-leder = leder
staff-role-unknown = ansatt

## Samtykker
consents-heading = Samtykker
consents-waiting-heading = Venter på svar fra deg
consent-in-case = Saken til { $name }
consent-purpose-INFO_SKOLE = Samarbeid med skolen
consent-purpose-INFO_HELSE = Samarbeid med helsetjenesten
consent-purpose-INFO_BARNEHAGE = Samarbeid med barnehagen
consent-purpose-TILTAK_FORELDREVEILEDNING = Hjelpetiltak: foreldreveiledning
consent-purpose-TILTAK_STOTTEKONTAKT = Hjelpetiltak: støttekontakt
consent-purpose-TILTAK_BESOKSHJEM = Hjelpetiltak: besøkshjem
consent-purpose-TILTAK_ANNET = Hjelpetiltak
consent-label-answer-needed = Venter på svaret ditt
consent-label-deadline-passed = Svarfristen er ute
consent-label-in-force = Gjelder
consent-label-not-all = Du har sagt ja
consent-label-declined = Du har sagt nei
consent-label-withdrawn = Du har trukket samtykket
consent-label-cancelled = Avbrutt av barneverntjenesten
consent-label-expired = Avsluttet
consent-deadline-on = Svarfrist: { $date }
consent-heading = Samtykke: { $purpose }
consent-status-answer-needed = Barneverntjenesten venter på svaret ditt. Svarfristen er { $date }.
consent-status-deadline-passed = Svarfristen gikk ut { $date } uten at du svarte. Ta kontakt med saksbehandleren hvis du vil svare nå.
consent-status-in-force = Samtykket gjelder: alle som er spurt, har sagt ja.
consent-status-not-all = Du har sagt ja. Samtykket gjelder først når alle som er spurt, har sagt ja.
consent-status-declined = Du har sagt nei. Samtykket gjelder ikke.
consent-status-withdrawn = Du har trukket samtykket. Fra da av deler ikke barneverntjenesten mer.
consent-status-cancelled = Barneverntjenesten har avbrutt denne forespørselen. Du trenger ikke gjøre noe.
consent-status-expired = Samtykket gjaldt til og med { $date } og er nå avsluttet.
consent-what-heading = Hva du blir spurt om
consent-explain-exchange = Barneverntjenesten ber om lov til å gi og få opplysninger om saken, slik det står her. Uten samtykket ditt gjør vi det ikke.
consent-explain-measure = Barneverntjenesten foreslår et hjelpetiltak. Et hjelpetiltak krever samtykke fra den som har den daglige omsorgen, og fra barnet selv fra 15 år.
consent-service-words = Barneverntjenesten skriver
consent-recipients-exchange = Hvem opplysningene kan gå til
consent-recipients-measure = Hvem som gjennomfører tiltaket
consent-from = Fra når
consent-from-answer = Fra du sier ja
consent-until = Til når
consent-until-date = Til og med { $date }
consent-until-withdrawn = Til du trekker samtykket
consent-deadline = Svarfrist
consent-if-no-heading = Hvis du sier nei
consent-if-no-exchange = Da gir og henter vi ikke disse opplysningene. Det får ingen følger for hvordan vi ellers arbeider med saken.
consent-if-no-measure = Da setter vi ikke i gang tiltaket. Saksbehandleren tar kontakt for å snakke om hva som kan hjelpe i stedet.
consent-withdraw-anytime = Sier du ja, kan du trekke samtykket når som helst, uten å begrunne det.
consent-others = Flere i saken er spurt. Samtykket gjelder først når alle har sagt ja. Du får ikke vite hva de andre svarer, og de får ikke vite hva du svarer.
consent-answer-heading = Ditt svar
consent-yes = Ja, jeg samtykker
consent-no = Nei, jeg samtykker ikke
consent-withdraw = Trekk samtykket
consent-withdraw-before = Trekker du samtykket, deler barneverntjenesten ikke mer fra da av. Det som ble delt før, var lovlig delt og blir ikke trukket tilbake.
consent-withdraw-confirm-heading = Vil du trekke samtykket?
consent-withdraw-confirm = Ja, trekk samtykket
consent-withdraw-back = Nei, gå tilbake
consent-saved-ja = Svaret ditt er lagret: du har sagt ja.
consent-saved-nei = Svaret ditt er lagret: du har sagt nei.
consent-saved-trekk = Samtykket er trukket. Dette er kvitteringen din; du finner den også i historikken under.
consent-unchanged = Svaret ditt var allerede registrert. Ingenting er endret.
consent-refused-deadline = Svarfristen har gått ut, så svaret kunne ikke lagres. Ta kontakt med saksbehandleren.
consent-refused = Svaret kunne ikke lagres: det passer ikke med status for samtykket. Se status over.
consent-restored-choice = Du hadde valgt: { $choice }
consent-history-heading = Historikk
consent-history-asked = Du ble spurt
consent-history-yes = Du sa ja
consent-history-no = Du sa nei
consent-history-withdrawn = Du trakk samtykket
consent-history-reset = Svaret ditt ble satt tilbake til «venter på svar»
consent-history-dates = Datoene ble endret
consent-history-cancelled = Barneverntjenesten avbrøt forespørselen
consent-history-by-service = registrert av barneverntjenesten
consent-back-to-case = Tilbake til saken

## Samtykker, for ansatte
staff-consents = Samtykker
staff-consents-empty = Ingen samtykker i enhetens saker.
staff-consents-withdrawn = Trukket de siste 30 dagene
staff-consents-withdrawn-intro = Et trukket samtykke betyr som regel at noe må stoppe: opplysninger skal ikke lenger deles, eller et tiltak må avsluttes.
staff-consents-due = Svarfrist i løpet av en uke
staff-consents-group = { $status } ({ $count })
staff-consents-caption = Samtykker
staff-consents-withdrawn-on = trukket
staff-consents-none-in-case = Ingen samtykker i saken.
staff-col-consent = Samtykke
staff-col-status = Status
staff-col-answer = Svar
staff-col-event = Hendelse
staff-col-by = Av
staff-col-note = Begrunnelse
staff-consent-new = Nytt samtykke
staff-consent-purpose = Formål
staff-consent-choose-purpose = Velg formål
staff-consent-text = Hva partene blir spurt om, med tjenestens egne ord
staff-consent-text-hint = Skriv enkelt og konkret hva som deles eller gjøres, og hvorfor. Partene som spørres, ser teksten. Høyst { $max } tegn.
staff-consent-recipients = Hvem opplysningene kan gå til, eller hvem som gjennomfører tiltaket
staff-consent-parties = Hvem spørres
staff-consent-not-askable-under-15 = under 15 år og ikke part
staff-consent-not-askable-adult = barnet er 18 år og svarer selv
staff-consent-not-askable-no-rights = ikke part i saken nå
staff-consent-end = Gjelder til og med (kan stå tomt)
staff-consent-end-hint = Tomt: samtykket gjelder til parten trekker det.
staff-consent-create = Send forespørselen
staff-consent-answers = Svar fra partene
staff-consent-register = Registrer et svar gitt på papir eller telefon
staff-consent-register-hint = Bare endringene KS Fiks tillater saksbehandlere. Skriv hvordan og når svaret ble gitt.
staff-consent-choose-party = Velg part
staff-consent-may-set = kan settes til
staff-consent-choose-answer = Velg svar
staff-consent-note = Begrunnelse (bare for ansatte)
staff-consent-register-submit = Registrer svaret
staff-consent-dates = Endre datoene
staff-consent-dates-submit = Lagre datoene
staff-consent-cancel = Avbryt samtykket
staff-consent-cancel-hint = Kan ikke angres. Partene ser at forespørselen er avbrutt, men ikke begrunnelsen.
staff-consent-cancel-submit = Avbryt samtykket
staff-consent-by-import = Fagsystemet
consent-overall-VENTER_PAA_SVAR = Venter på svar
consent-overall-SAMTYKKET = Samtykket
consent-overall-IKKE_SAMTYKKET = Ikke samtykket
consent-overall-TRUKKET = Trukket
consent-overall-SVARFRIST_PASSERT = Svarfristen er passert
consent-overall-UTLOPT = Utløpt
consent-overall-AVBRUTT = Avbrutt
consent-answer-VENTER_PAA_SVAR = Venter på svar
consent-answer-SAMTYKKET = Samtykket
consent-answer-IKKE_SAMTYKKET = Ikke samtykket
consent-answer-TRUKKET = Trukket
consent-event-OPPRETTET = Sendt til partene
consent-event-AKSEPTERT_AV_PART = Samtykket
consent-event-AVSLAATT_AV_PART = Sa nei
consent-event-TRUKKET_AV_PART = Trakk samtykket
consent-event-OPPDATERT_PAA_VEGNE_AV_PART = Svar registrert av tjenesten
consent-event-REDIGERT = Datoene endret
consent-event-AVBRUTT = Avbrutt
consent-error-form-old = Skjemaet er utdatert. Last siden på nytt og prøv igjen.
consent-error-purpose = Velg et formål.
consent-error-required = Fyll ut feltet.
consent-error-too-long = Teksten er for lang.
consent-error-date-missing = Skriv inn en dato.
consent-error-date-invalid = Datoen er ikke gyldig. Skriv den som åååå-mm-dd.
consent-error-deadline-past = Svarfristen kan ikke være før i dag.
consent-error-end-before-deadline = Sluttdatoen kan ikke være før svarfristen.
consent-error-nobody = Velg minst én part.
consent-error-not-askable = En du valgte, kan ikke spørres.
consent-error-youth = Et hjelpetiltak for en ungdom på 15–17 år krever at ungdommen også spørres.
consent-error-answer = Velg et svar.
consent-error-cancelled = Samtykket er avbrutt og kan ikke endres.
consent-error-expired = Samtykket er utløpt og kan ikke endres.
consent-error-deadline-passed = Svarfristen er passert.
consent-error-not-asked = Velg en part som er spurt.
consent-error-transition = Den endringen av svaret er ikke tillatt. Se hva parten kan settes til.
consent-staff-created = Forespørselen er sendt til partene.
consent-staff-dates-saved = Datoene er lagret.
consent-staff-cancelled = Samtykket er avbrutt.
consent-staff-answer-saved = Svaret er registrert.
consent-staff-unchanged = Ingenting nytt å lagre: det var allerede slik.
consent-errors-heading = Ingenting er lagret. Rett opp dette:
access-log-did-staff-consent-view = Åpnet et samtykke du er spurt om
access-log-did-staff-consent-create = Ba deg om et samtykke
access-log-did-staff-consent-change = Endret et samtykke du er spurt om
access-log-did-staff-post-read = Åpnet en melding fra deg

## Meldinger
post-heading = Meldinger
post-teaser = Skriv til barneverntjenesten om saken, og les svarene. Bare du og tjenesten ser det du skriver.
post-link = Gå til meldingene
post-private = Meldingene her er mellom deg og barneverntjenesten. Ingen andre parter i saken ser dem.
post-none = Ingen meldinger ennå.
post-last = Siste melding
post-unread = { $count ->
    [one] 1 ny melding
   *[other] { $count } nye meldinger
}
post-new = Ny melding
post-subject = Emne
post-text = Melding
post-text-hint = Høyst { $max } tegn. Skriv ikke inn andres fødselsnummer.
post-send = Send
post-sent = Meldingen er sendt.
post-reply = Svar
post-at = kl. { $time }
post-read-by = Lest av { $who } kl. { $time }
post-not-read = Ikke lest ennå
post-the-service = barneverntjenesten
post-the-party = parten
post-reminded = Meldingen din er ikke åpnet innen to arbeidsdager. Lederne ved enheten har fått beskjed.
post-all-threads = Alle meldinger i saken
post-error-form-old = Skjemaet er utdatert. Last siden på nytt og prøv igjen; teksten din står der fortsatt.
post-error-subject = Skriv et emne.
post-error-subject-long = Emnet er for langt.
post-error-empty = Skriv en melding.
post-error-long = Meldingen er for lang.
post-error-party = Velg hvem meldingen skal til.
staff-post = Meldinger
staff-post-empty = Ingen meldinger i enhetens saker.
staff-post-overdue = Ikke åpnet innen to arbeidsdager
staff-post-overdue-intro = Meldinger fra parter som ingen har åpnet innen to arbeidsdager (helligdager er ikke regnet med). Sørg for at noen tar dem.
staff-post-mine = Tildelt meg
staff-post-state-new = Nye
staff-post-state-open = Åpnet, ikke behandlet
staff-post-state-waiting = Venter på parten
staff-post-state-handled = Behandlet
staff-post-assigned = Tildelt
staff-post-late = for sent
staff-post-of-case = Meldinger i saken
staff-post-new = Skriv til en part
staff-post-to = Til
staff-post-take = Ta meldingen
staff-post-mark-handled = Merk som behandlet
staff-post-taken = Meldingen er tildelt deg.
staff-post-handled = Meldingen er merket som behandlet.
post-attachments = Vedlegg
post-files = Vedlegg (valgfritt)
post-files-hint = Du kan legge ved opptil { $count } filer på inntil { $size } MB hver: PDF, JPG, PNG eller HEIC (bilder fra iPhone).
post-files-again = Filene du hadde valgt, ble ikke sendt. Legg dem ved på nytt.
post-files-kept = Filer som er lagt ved. Kryss av for dem du vil fjerne.
post-file-remove = Fjern { $name }
post-size-mb = { $whole },{ $tenth } MB
post-size-kb = { $size } kB
post-file-empty = Filen er tom.
post-file-too-large = Filen er større enn 10 MB. Del den opp, eller ta bildet med lavere oppløsning.
post-file-too-many = Du kan legge ved høyst 10 filer i én melding. Send resten i en ny melding.
post-file-type = Denne filtypen kan ikke sendes. Vi tar imot PDF, JPG, PNG og HEIC.
post-file-encrypted = PDF-en er beskyttet med passord, så tjenesten kan ikke åpne den. Lagre den uten passord og legg den ved på nytt.
post-file-broken = PDF-en er skadet og kan ikke åpnes. Lagre eller eksporter den på nytt, og legg den ved igjen.
access-log-did-staff-post-attachment = Åpnet et vedlegg i en melding med deg
post-doc-input = Svar eller klag
post-svar-link = Svar på dokumentet
post-klage-vedtak-link = Klag på vedtaket
post-klage-innsyn-link = Klag på avslaget om innsyn
post-svar-heading = Svar på dokumentet
post-klage-heading = Klage
post-svar-subject = Svar på: { $title }
post-klage-subject = Klage på: { $title }
post-klage-intro = Klagen går først til barneverntjenesten. Endrer ikke tjenesten vedtaket, sender den klagen videre til Statsforvalteren, som avgjør den. Skriv hva du er uenig i og hvorfor. Du trenger ikke å vise til lovparagrafer.
post-klage-open = Du kan klage til og med { $date }.
post-klage-late = Du kan fortsatt skrive til barneverntjenesten. En klage som kommer for sent, kan likevel bli behandlet hvis det er særlige grunner til det (forvaltningsloven § 31).
post-klage-write = Skriv klagen
post-svar-write = Skriv svaret
post-doc-not-released = Du kan bare svare på dokumenter som er delt med deg.
post-klage-nothing = Her er det ikke noe du kan klage på. Du kan klage på vedtak som er delt med deg, og på avslag på innsyn.
post-klage-passed = Klagefristen gikk ut { $date }.
post-error-klage-passed = Klagefristen har gått ut. Klagen ble ikke sendt.
staff-post-kind-svar = Svar på dokument
staff-post-kind-klage = Klage
staff-post-document = Se dokumentet
staff-post-klage-intro = Dette er en klage. Vurder den og endre vedtaket, eller send klagen til Statsforvalteren (forvaltningsloven § 33).

## Innsyn i hele saken
case-innsyn-link = Be om innsyn i hele saken
case-innsyn-link-hint = Også dokumenter du ikke har fått beskjed om.
case-innsyn-heading = Innsyn i hele saken
case-innsyn-intro = Som part har du rett til å se dokumentene i saken din (forvaltningsloven § 18). Her kan du be om å få se alle dokumentene, også dem du ikke har fått beskjed om. Barnevernstjenesten går gjennom hvert dokument og svarer deg her. Noe kan holdes tilbake hvis loven sier det; da får du vite hvorfor, og du kan klage.
case-innsyn-status-heading = Forespørselen din
case-innsyn-form-heading = Be om innsyn
case-innsyn-message-label = Vil du si noe om hva du ønsker å se? (valgfritt)
case-innsyn-submit = Be om innsyn i hele saken
case-innsyn-back = Tilbake til saken
case-innsyn-waiting = Barnevernstjenesten har ikke svart ennå. Svaret kommer her.
case-innsyn-answer-GRANTED = Innvilget { $date }: du kan nå lese alle dokumentene i saken.
case-innsyn-answer-PARTLY_GRANTED = Delvis innvilget { $date }: du kan nå lese mer av saken, men noe holdes fortsatt tilbake.
case-innsyn-answer-REFUSED = Avslått { $date }.
case-innsyn-answer-words = Svaret fra barnevernstjenesten
case-innsyn-appeal-how = Klagen går til barnevernstjenesten.
case-innsyn-appeal-link = Klag på svaret
case-innsyn-sent = Forespørselen er sendt. Barnevernstjenesten svarer deg her.
case-innsyn-too-long = Meldingen er for lang. Gjør den kortere og send igjen.
staff-innsyn-whole-case = Hele saken
staff-case-innsyn-heading = Innsyn i hele saken
staff-case-innsyn-from = Forespørsel fra { $name }
staff-case-innsyn-none = Denne parten har ikke bedt om innsyn i hele saken.
staff-case-innsyn-answered-GRANTED = Innvilget { $date }.
staff-case-innsyn-answered-PARTLY_GRANTED = Delvis innvilget { $date }.
staff-case-innsyn-answered-REFUSED = Avslått { $date }.
staff-case-innsyn-documents = Dokumentene i saken
staff-case-innsyn-kept = { $count ->
    [0] Alle dokumentene er delt i sin helhet med parten.
    [one] Ett dokument er ikke delt i sin helhet med parten.
   *[other] { $count } dokumenter er ikke delt i sin helhet med parten.
}
staff-case-innsyn-caption = Hva { $name } ser av hvert dokument
staff-case-innsyn-col-state = Parten ser
staff-case-innsyn-answer = Svar parten
staff-case-innsyn-answer-intro = Vurder først hvert dokument for parten på dokumentets side. Svaret forteller parten hva som kom ut av det; det deler ingenting selv.
staff-case-innsyn-choice = Svar
staff-case-innsyn-choice-GRANTED = Innvilget: parten ser alle dokumentene i sin helhet
staff-case-innsyn-choice-PARTLY_GRANTED = Delvis innvilget: noe holdes fortsatt tilbake
staff-case-innsyn-choice-REFUSED = Avslått
staff-case-innsyn-words = Svar og begrunnelse til parten
staff-case-innsyn-words-hint = Parten leser dette. Må fylles ut ved avslag og delvis innvilgelse. Høyst { $max } tegn.
staff-case-innsyn-send = Send svaret
case-innsyn-answered = Svaret er sendt til parten.
case-innsyn-nothing-open = Forespørselen var allerede besvart. Ingenting nytt ble lagret.
case-innsyn-error-choice = Velg et svar.
case-innsyn-error-granted-kept = Innvilget kan bare velges når parten ser alle dokumentene i sin helhet. Vurder dokumentene som ikke er delt, eller velg delvis innvilget eller avslått.
case-innsyn-error-all-shared = Parten ser alle dokumentene i sin helhet. Velg innvilget.
case-innsyn-error-reason = Skriv begrunnelsen parten skal få.
case-innsyn-error-too-long = Svaret er for langt.
access-log-did-staff-case_innsyn-view = Åpnet forespørselen din om innsyn i hele saken
access-log-did-staff-case_innsyn-answer = Svarte på forespørselen din om innsyn i hele saken
minutes-heading = Merknader til referatet
minutes-back = Tilbake til referatet
minutes-intro = Er noe i referatet feil, eller mangler noe? Be om rettelse i den delen det gjelder, eller til referatet som helhet. Barnevernstjenesten svarer deg her, og merknaden din blir tatt vare på sammen med referatet.
minutes-text = Referatet, del for del
minutes-part = Del { $number }
minutes-ask-here = Be om rettelse i denne delen
minutes-whole-heading = Referatet som helhet
minutes-ask-whole = Be om rettelse til hele referatet
minutes-not-open = Referatet er ikke åpnet for merknader. Kontakt barnevernstjenesten hvis noe i det er feil.
minutes-closed = Fristen for merknader gikk ut { $date }. Kontakt barnevernstjenesten hvis noe i referatet fortsatt er feil.
deadline-minutes-open = Du kan be om rettelser i referatet til og med { $date }.
minutes-you-asked-on = Du ba om rettelse { $date }:
minutes-answer-CORRECTED = Barnevernstjenesten svarte { $date }: Referatet blir rettet.
minutes-answer-KEPT_AS_COMMENT = Barnevernstjenesten svarte { $date }: Referatet blir ikke rettet, men merknaden din blir tatt vare på sammen med referatet.
minutes-waiting = Barnevernstjenesten har ikke svart ennå.
minutes-comment-label = Hva bør rettes?
minutes-comment-hint = Skriv hva som er feil, og hva som bør stå i stedet. Høyst { $max } tegn.
minutes-comment-submit = Send merknaden
minutes-comment-sent = Merknaden er sendt. Barnevernstjenesten svarer deg her.
minutes-link-open = Be om rettelser i referatet
minutes-link-closed = Se merknadene dine til referatet
minutes-sent-count = Du har sendt { $sent } { $sent ->
    [one] merknad
   *[other] merknader
}, { $answered } er besvart.
minutes-error-empty = Skriv hva som bør rettes.
minutes-error-too-long = Merknaden er for lang.
minutes-error-part = Velg en del av referatet.
minutes-error-closed = Referatet er ikke lenger åpent for merknader. Merknaden ble ikke sendt.
minutes-error-form = Skjemaet var ikke gyldig lenger. Send merknaden på nytt.
minutes-error-not-minutes = Bare møtereferater kan åpnes for merknader.
minutes-error-shared-with-nobody = Referatet er ikke delt med noen part ennå. Del det før du åpner for merknader.
minutes-error-no-date = Velg siste dag for merknader.
minutes-error-past = Siste dag for merknader kan ikke være før i dag.
minutes-error-too-far = Siste dag for merknader kan være høyst tre måneder fram i tid.
minutes-error-outcome = Velg om referatet rettes.
minutes-error-reason = Skriv hvorfor referatet ikke rettes.
minutes-error-answer-too-long = Svaret er for langt.
minutes-opened = Fristen for merknader er lagret.
minutes-deadline-unchanged = Fristen var allerede denne dagen. Ingenting er endret.
minutes-answered = Svaret er sendt til parten.
minutes-already-answered = Merknaden var allerede besvart. Ingenting er endret.
staff-minutes-heading = Merknader til referatet
staff-minutes-back = Tilbake til dokumentet
staff-minutes-link = Merknader til referatet
staff-minutes-comments = Merknader fra partene
staff-minutes-none = Ingen merknader ennå.
staff-minutes-not-minutes = Bare møtereferater kan åpnes for merknader.
staff-minutes-period = Frist for merknader
staff-minutes-open-until = Åpent for merknader til og med { $date }.
staff-minutes-closed-on = Fristen for merknader gikk ut { $date }.
staff-minutes-never-opened = Referatet er ikke åpnet for merknader.
staff-minutes-party-can = kan be om rettelser
staff-minutes-party-cannot = har ikke fått referatet og kan ikke be om rettelser
staff-minutes-deadline = Siste dag for merknader
staff-minutes-deadline-hint = Partene som har fått referatet, kan be om rettelser til og med denne dagen. Vanlig frist er tre uker.
staff-minutes-open = Åpne for merknader
staff-minutes-move = Endre fristen
staff-minutes-from = Fra { $name }
staff-minutes-sent-on = sendt { $date }
staff-minutes-quote = Slik parten så denne delen:
staff-minutes-request = Merknaden:
staff-minutes-answered-CORRECTED = Besvart { $date }: referatet rettes.
staff-minutes-answered-KEPT_AS_COMMENT = Besvart { $date }: referatet rettes ikke, merknaden tas vare på sammen med referatet.
staff-minutes-outcome = Svar til parten
staff-minutes-outcome-CORRECTED = Referatet rettes (en rettet versjon registreres i fagsystemet)
staff-minutes-outcome-KEPT_AS_COMMENT = Referatet rettes ikke; merknaden tas vare på sammen med referatet
staff-minutes-answer = Svaret til parten
staff-minutes-answer-hint = Påkrevd når referatet ikke rettes. Høyst { $max } tegn.
staff-minutes-answer-submit = Send svaret
access-log-did-staff-minutes-view = Åpnet merknadene til et møtereferat
access-log-did-staff-minutes-open = Åpnet et møtereferat for merknader
access-log-did-staff-minutes-answer = Svarte på merknaden din til et møtereferat
minutes-unsent = Dette skrev du. Det er ikke sendt; ta vare på det om du vil sende det på en annen måte:
staff-minutes-waiting = { $count ->
    [one] 1 merknad venter på svar
   *[other] { $count } merknader venter på svar
}

## Notices (e-mail and SMS): never what is new, no names, no links.
notice-subject = Nytt i Min sak
notice-reminder-subject = Påminnelse: nytt i Min sak
notice-email-body =
    Hei!

    Du har fått noe nytt i Min sak. Logg inn slik du pleier for å se hva det er.

    Denne e-posten er sendt automatisk og kan ikke besvares.
notice-sms = Du har fått noe nytt i Min sak. Logg inn slik du pleier for å se det. Meldingen kan ikke besvares.
notice-staff-subject = Ny melding i Min sak
notice-staff-email-body =
    Hei!

    En part har skrevet til tjenesten i Min sak. Logg inn som ansatt for å lese meldingen.

    Denne e-posten er sendt automatisk og kan ikke besvares.
notice-deadline-subject = En frist nærmer seg i Min sak
notice-deadline-email-body =
    Hei!

    Du har en frist i Min sak som går ut om få dager. Logg inn slik du pleier for å se hva den gjelder.

    Denne e-posten er sendt automatisk og kan ikke besvares.
notice-deadline-sms = Du har en frist i Min sak som går ut om få dager. Logg inn slik du pleier for å se den. Meldingen kan ikke besvares.
notice-escalation-subject = Uåpnet melding i Min sak
notice-escalation-email-body =
    Hei!

    En melding fra en part har ventet uåpnet hos enheten i mer enn to virkedager. Logg inn som ansatt og se enhetens innboks.

    Denne e-posten er sendt automatisk og kan ikke besvares.
staff-paper-needed = Må få brev på papir
staff-paper-needed-why = Merket «Må få brev på papir»: personen får ikke varsler digitalt (reservert eller kan ikke varsles, eller uten adresse i kontaktregisteret). Send brev på papir.
