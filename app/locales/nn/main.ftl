app-name = Mi sak – barnevern
skip-to-content = Gå til hovudinnhaldet
language-switcher = Vel språk
logged-in-as = Logga inn som
my-cases = Sakene mine
log-out = Logg ut
footer-about = Mi sak viser sakene dine hos barnevernstenesta. Du ser berre det som er delt med deg.
landing-heading = Sjå saka di hos barnevernet
landing-intro = Her kan du som er part i ei barnevernssak lese dokumenta som er delte med deg, sjå kva som skjer i saka, og kontakte barnevernstenesta.
landing-point-cases = Sjå kvar saka står, og kva fristar som gjeld.
landing-point-documents = Les vedtak, rapportar og planar som er delte med deg.
landing-point-contact = Sjå kven som er saksbehandlaren din, og korleis du når dei.
log-in-idporten = Logg inn med ID-porten
landing-who = Du kan logge inn dersom du er forelder, verje, ungdom over 15 år eller ung vaksen med ettervern.
logged-out-heading = Du er logga ut
logged-out-body = Du er no logga ut av Mi sak. Lukk nettlesaren dersom du brukar ei delt datamaskin.
log-in-again = Logg inn att
login-failed-heading = Innlogginga vart ikkje fullført
login-failed-acr = Du må logge inn med eit høgare tryggleiksnivå (til dømes BankID) for å sjå saka di.
login-failed-unknown-person = Vi finn inga sak hos barnevernstenesta der du er part. Ta kontakt med barnevernstenesta dersom du meiner dette er feil.
login-failed-cancelled = Du avbraut innlogginga.
login-failed-expired = Innlogginga tok for lang tid, eller lenkja var allereie brukt. Prøv att.
login-failed-generic = Noko gjekk gale under innlogginga. Prøv att om litt.
login-failed-help = Treng du hjelp? Ring barnevernstenesta i kommunen din.
not-found-heading = Fann ikkje sida
not-found-body = Sida finst ikkje, eller du har ikkje tilgang til henne.
go-to-front-page = Gå til framsida
my-cases-empty = Du er ikkje part i nokon saker som blir viste her.
my-cases-intro = { $count ->
    [one] Du er part i éi sak.
   *[other] Du er part i { $count } saker.
}
filter-cases-label = Søk i sakene dine
filter-cases-no-match = Ingen saker passar søket.
ended-heading = Saker du ikkje lenger ser
ended-case = Saka om { $name }
ended-came-of-age = { $name } fylte 18 år { $date }. Frå den dagen er du ikkje lenger part i saka, fordi rettane til foreldre og verjer i ei barnevernssak sluttar når barnet fyller 18 år. Difor blir ikkje saka vist her lenger.
ended-share = No er det { $name } sjølv som bestemmer kven som får sjå saka. Viss { $name } ønskjer det, kan { $name } dele dokument med deg.
ended-party-rights = Frå og med { $date } er du ikkje lenger part i saka om { $name }, og difor blir ikkje saka vist her lenger. Barnevernstenesta kan fortelje deg kvifor.
ended-innsyn = Vil du lese dokument frå saka, kan du be barnevernstenesta om innsyn.
ended-contact = Kontakt barnevernstenesta
ended-contact-protected = Kontakt barnevernstenesta i kommunen der du hadde saka. Sentralbordet i kommunen kan setje deg over.
ended-case-own = Saka di
ended-moved = Frå og med { $date } har { $service } saka om { $name }. Saka er flytta dit, og difor blir ho ikkje vist her lenger.
ended-moved-own = Frå og med { $date } har { $service } saka di. Saka er flytta dit, og difor blir ho ikkje vist her lenger.
ended-moved-elsewhere = Frå og med { $date } har ei anna barnevernsteneste saka om { $name }. Difor blir ho ikkje vist her lenger.
ended-moved-next = Har du spørsmål om saka no, kontakt { $service }.
ended-moved-innsyn = Vil du lese dokument frå tida før saka vart flytta, kan du be barnevernstenesta som hadde saka, om innsyn.
case-unit = Eining
case-phase = Fase
case-overview = Saka
coming-soon = Denne sida kjem snart.
error-unauthorized = Du må logge inn for å sjå dette.
error-not-found = Vi fann ikkje det du såg etter, eller du har ikkje tilgang til det.
error-internal = Noko gjekk gale hos oss. Prøv att om litt.
error-request = Førespurnaden kunne ikkje behandlast. Prøv att.
case-heading = Saka til { $name }
case-documents-link = { $count ->
    [one] Sjå dokumentet
   *[other] Sjå { $count } dokument
}{ $unread ->
    [0] {""}
    [one] {" "}(eitt nytt)
   *[other] {" "}({ $unread } nye)
}
case-phase-now = Saka er no i fasen
case-closed-still-readable = Saka er avslutta. Du kan framleis lese dokumenta som er delte med deg.
case-timeline = Kva har skjedd, og kva skjer vidare
case-contact = Kontakt
case-your-caseworker = Saksbehandlaren din
phase-BEKYMRINGSMELDING = Bekymringsmelding
phase-UNDERSOKELSE = Undersøking
phase-HJELPETILTAK = Hjelpetiltak
phase-OMSORGSTILTAK = Omsorgstiltak
phase-ETTERVERN = Ettervern
phase-AVSLUTTET = Avslutta
phase-explain-BEKYMRINGSMELDING = Barnevernstenesta har fått ei bekymringsmelding. Innan ei veke skal dei avgjere om dei skal undersøkje saka vidare eller avslutte henne.
phase-explain-UNDERSOKELSE = Barnevernstenesta undersøkjer korleis barnet har det, og om det trengst hjelp. Ei undersøking skal vanlegvis vere ferdig innan tre månader.
phase-explain-HJELPETILTAK = Familien får hjelp, til dømes rettleiing eller støtte. Hjelpa står i ein tiltaksplan, og ho blir vurdert jamleg saman med dykk.
phase-explain-OMSORGSTILTAK = Barnet bur utanfor heimen, til dømes i fosterheim. Barneverns- og helsenemnda har bestemt dette, eller det er gjort eit akuttvedtak.
phase-explain-ETTERVERN = Du får hjelp etter at du fylte 18 år. Ettervern er frivillig, og du bestemmer sjølv om du vil ha det, fram til du fyller 25.
phase-explain-AVSLUTTET = Saka er avslutta. Du har framleis rett til å lese dokumenta i saka.
milestone-MELDING_MOTTATT = Bekymringsmelding motteken
milestone-MELDING_VURDERT = Meldinga vurdert (frist 7 dagar)
milestone-UNDERSOKELSE_STARTET = Undersøking starta
milestone-UNDERSOKELSE_FRIST = Undersøkinga skal vere ferdig
milestone-UNDERSOKELSE_FORLENGET = Undersøkinga forlengd
milestone-UNDERSOKELSE_AVSLUTTET = Undersøkinga avslutta
milestone-VEDTAK_HJELPETILTAK = Vedtak om hjelpetiltak
milestone-TILTAKSPLAN_UTARBEIDET = Tiltaksplan laga
milestone-TILTAKSPLAN_EVALUERING = Tiltaksplanen blir evaluert
milestone-AKUTTVEDTAK_FATTET = Akuttvedtak
milestone-AKUTTVEDTAK_GODKJENNING = Akuttvedtaket blir godkjent (frist 48 timar)
milestone-NEMND_VEDTAK = Vedtak i barneverns- og helsenemnda
milestone-ETTERVERN_START = Ettervern starta
milestone-SAK_AVSLUTTET = Saka avslutta
milestone-done = Skjedde { $date }
milestone-due = Frist { $date }
milestone-overdue = Fristen var { $date }, og er passert
milestone-planned = Planlagt
documents-heading-plain = Dokument
documents-heading = Dokument i saka til { $name }
back-to-case = Tilbake til saka
back-to-documents = Tilbake til dokumenta
documents-filter-type = Type dokument
documents-all-types = Alle typar
documents-sort = Rekkjefølgje
documents-newest-first = Nyaste først
documents-oldest-first = Eldste først
documents-apply = Vis
documents-count = { $count ->
    [0] Ingen dokument blir viste.
    [one] Eitt dokument blir vist.
   *[other] { $count } dokument blir viste.
}
documents-partly-shared = Delvis delt
documents-withheld = Ikkje delt med deg
documents-new = Nytt
doctype-VEDTAK = Vedtak
doctype-UNDERSOKELSESRAPPORT = Undersøkingsrapport
doctype-TILTAKSPLAN = Tiltaksplan
doctype-EVALUERING = Evaluering
doctype-MOTEREFERAT = Møtereferat
doctype-BREV = Brev
doctype-MELDING = Melding
doctype-SAMTYKKE = Samtykke
doctype-ANNET = Anna dokument
document-heading-plain = Dokument
document-sensitive = Dette dokumentet kan vere vondt å lese. Du kan gjerne lese det saman med nokon du stolar på, eller be om eit møte med saksbehandlaren for å gå gjennom det.
document-partly-shared = Delar av dokumentet er ikkje delte med deg. Desse delane er merkte «skjerma».
document-partly-shared-why = Sjå kvifor, og kva du kan gjere
document-download-pdf = Last ned dokumentet som PDF
document-questions = Spørsmål om dokumentet?
document-redacted-marker = [skjerma]
withheld-heading = Dette dokumentet er ikkje delt med deg
withheld-intro = Du kan sjå at dokumentet finst, men ikkje kva som står i det. Her er grunngivinga.
withheld-ground = Grunn
withheld-law = Lovheimel
withheld-justification = Grunngiving frå barnevernstenesta
withheld-merinnsyn = Vurdert om du likevel kan få sjå det (meirinnsyn)
withheld-merinnsyn-yes = Ja, det er vurdert
withheld-merinnsyn-no = Nei
withheld-what-you-can-do = Dette kan du gjere
withheld-ask-innsyn = Be om innsyn: bruk skjemaet under, eller kontakt barnevernstenesta. Du får eit skriftleg svar.
withheld-appeal = Klage: får du nei, kan du klage innan 3 veker. Klaga blir send til barnevernstenesta, som sender henne vidare til Statsforvaltaren.
withheld-representative = Har du advokat eller ein annan fullmektig, kan dei i nokre tilfelle få sjå dokumentet sjølv om du ikkje får det.
hidden-parts-heading = Difor er delar av dokumentet skjerma
hidden-parts-intro = Du kan lese dokumentet, men nokre opplysningar i det er tekne ut og merkte «skjerma». Her er grunngivinga.
hidden-parts-merinnsyn = Vurdert om du likevel kan få sjå det som er skjerma (meirinnsyn)
hidden-parts-ask-innsyn = Be om innsyn i dei skjerma delane: bruk skjemaet under, eller kontakt barnevernstenesta. Du får eit skriftleg svar.
hidden-parts-representative = Har du advokat eller ein annan fullmektig, kan dei i nokre tilfelle få sjå dei skjerma delane sjølv om du ikkje får det.
contact-phone = Telefon
contact-email = E-post
contact-visit = Besøksadresse
contact-hours = Opningstider
contact-postal = Postadresse
login-failed-not-staff = Du er ikkje registrert som tilsett i ei barnevernsteneste som brukar Mi sak, eller rolla eller eininga di stemmer ikkje.
staff-cases = Saker i eininga
staff-landing-heading = Mi sak for tilsette
staff-landing-intro = Her bestemmer du kva kvar part får sjå av dokumenta i sakene til eininga di, svarar på innsynskrav og ber om samtykke.
staff-log-in = Logg inn som tilsett
staff-landing-citizen-hint = Er du part i ei sak?
staff-cases-empty = Eininga di har ingen saker.
staff-cases-caption = { $count ->
    [one] Éi sak
   *[other] { $count } saker
}
staff-col-child = Barn
staff-col-opened = Opna
staff-col-documents = Dokument
staff-col-undecided = Manglar innsynsvurdering

# Workbench: cases, queue, decisions, preview
staff-nav = Arbeidsflate
staff-queue = Avgjerdskø
staff-queue-intro = Dokument der minst éin part enno ikkje har fått ei innsynsvurdering, eldste først.
staff-queue-empty = Alle dokument i eininga har ei innsynsvurdering for alle partar.
staff-queue-caption = { $count ->
    [1] Eitt dokument ventar
   *[other] { $count } dokument ventar
}
staff-col-document = Dokument
staff-col-date = Dato
staff-col-waiting-for = Ventar på vurdering for
staff-filter-phase = Fase
staff-filter-all-phases = Alle fasar
staff-filter-undecided = Berre saker med dokument som manglar vurdering
staff-case-plain = Sak
staff-case-heading = Saka til { $name }
staff-case-moved = Saka går over til { $service } frå og med { $date }. Frå den dagen ser ingen part saka her, og det du deler, når dei ikkje.
staff-grid-caption = Dokument og kva kvar part får sjå
staff-preview-heading = Førehandsvis som part
staff-preview-as = Sjå saka slik { $name } ser ho
staff-preview-plain = Førehandsvising
staff-preview-heading-as = Førehandsvising: slik ser { $name } saka
staff-preview-banner = Du ser no saka slik { $name } ser ho. Ingenting blir merkt som lese.
staff-preview-leave = Tilbake til saka
staff-document-plain = Dokument
staff-back-to-case = Tilbake til saka til { $name }
staff-document-text = Heile teksten (berre for tilsette)
staff-decisions-heading = Innsynsvurdering per part
staff-current-state = Gjeld no
staff-no-history = Inga vurdering er gjord enno.
staff-history = { $count ->
    [1] Historikk (1 vurdering)
   *[other] Historikk ({ $count } vurderingar)
}
release-state-NOT_DECIDED = Ikkje vurdert
release-state-SHARED = Delt
release-state-PARTLY_SHARED = Delvis delt
release-state-WITHHELD = Unnateke
role-HOVEDPERSON = barnet/ungdomen
role-MOR = mor
role-FAR = far
role-MEDMOR = medmor
role-MEDFAR = medfar
role-VERGE = verje
decision-heading = Ny innsynsvurdering
decision-parties = Partar vurderinga gjeld
decision-state = Vurdering
decision-choice-SHARED = Del heile dokumentet
decision-choice-PARTLY_SHARED = Del med sladding
decision-choice-WITHHELD = Unnta frå innsyn
decision-choice-NOT_DECIDED = Trekk tilbake (ikkje vurdert, skjult for parten)
decision-grounds = Heimel
decision-grounds-hint = Påkravd når dokumentet blir unnateke eller delt med sladding. Lat feltet stå tomt elles.
decision-grounds-none = Ingen heimel vald
decision-grounds-unverified = paragraf ikkje stadfesta
decision-justification = Grunngiving (blir vist for parten)
decision-justification-hint = Påkravd når dokumentet blir unnateke eller delt med sladding. Lat feltet stå tomt elles.
decision-merinnsyn = Meirinnsyn er vurdert (forvaltningslova § 18 andre ledd)
decision-redactions = Sladding
decision-redactions-hint = Berre for deling med sladding. Kryss av for avsnitt som skal sladdast i sin heilskap.
decision-redact-block = Sladd heile avsnittet:
decision-reason = Grunn til endringa (internt)
decision-reason-hint = Påkravd når du endrar eller trekkjer tilbake ei vurdering som alt gjeld.
decision-saved = { $count ->
    [1] Vurderinga er lagra for éin part.
   *[other] Vurderinga er lagra for { $count } partar.
}
decision-errors-heading = Vurderinga vart ikkje lagra. Rett opp dette:
decision-error-parties = Vel minst éin part i saka.
decision-error-state = Vel ei vurdering.
decision-error-grounds = Vel ein heimel frå lista.
decision-error-justification = Skriv ei grunngiving.
decision-error-merinnsyn = Stadfest at meirinnsyn er vurdert.
decision-error-reason = Skriv kvifor du endrar vurderinga.
decision-error-redactions = Sladdinga er ugyldig. Vel avsnitt eller tekst på nytt.
decision-error-redactions-empty = Vel minst eitt avsnitt eller ein tekstbit som skal sladdast.
decision-error-too-long = Teksten er for lang (høgst 4000 teikn).
redaction-editor-heading = Sladd delar av eit avsnitt
redaction-editor-hint = Merk tekst i eit avsnitt under og trykk «Sladd merkt tekst».
redaction-editor-add = Sladd merkt tekst
redaction-editor-clear = Fjern all tekstsladding
redaction-editor-nothing = Merk ein tekstbit innanfor eitt avsnitt først.
redaction-editor-preview = Slik ser parten teksten
# Arguments reach Fluent as strings, so plural variants never match a count: the
# singular is its own message.
decision-saved-one = Vurderinga er lagra for éin part.
innsyn-heading = Be om innsyn
innsyn-intro = Du kan be barnevernstenesta om å få sjå dokumentet. Dei vurderer det på nytt og svarer deg her.
innsyn-message-label = Kvifor vil du sjå dokumentet? (valfritt)
innsyn-heading-hidden-parts = Be om innsyn i dei skjerma delane
innsyn-intro-hidden-parts = Du kan be barnevernstenesta om å få sjå det som er skjerma i dokumentet. Dei vurderer det på nytt og svarer deg her.
innsyn-message-label-hidden-parts = Kvifor vil du sjå det som er skjerma? (valfritt)
innsyn-message-hint = Høgst { $max } teikn. Berre du og barnevernstenesta ser det du skriv.
innsyn-submit = Send førespurnaden
innsyn-sent = Førespurnaden din er send. Du får svar på denne sida.
innsyn-too-long = Meldinga er for lang. Skriv høgst { $max } teikn.
innsyn-requested-on = Du bad om innsyn { $date }.
innsyn-your-message = Meldinga di
innsyn-waiting = Barnevernstenesta har ikkje svart enno.
innsyn-answer-GRANTED = Innvilga { $date }: du kan no lese heile dokumentet.
innsyn-answer-PARTLY_GRANTED = Delvis innvilga { $date }: du kan no lese delar av dokumentet.
innsyn-answer-REFUSED = Avslått { $date }. Grunnen står over.
staff-innsyn = Innsynsførespurnader
staff-innsyn-intro = Førespurnader frå partar som vil sjå eit dokument som er unnateke for dei, eller dei skjerma delane av eit dokument som er delvis delt med dei, eldste først. Svar ved å gjere ei ny vurdering for parten på sida til dokumentet: deling gir innsyn, ny unnatak er eit avslag.
staff-innsyn-empty = Ingen førespurnader ventar på svar.
staff-innsyn-caption = { $count ->
    [1] Éin førespurnad ventar
   *[other] { $count } førespurnader ventar
}
staff-innsyn-days = { $count ->
    [1] 1 dag
   *[other] { $count } dagar
}
staff-col-party = Part
staff-col-requested = Motteke
staff-col-message = Melding
staff-innsyn-open = Parten bad om innsyn { $date } og ventar på svar. Ei ny vurdering for parten er svaret.
staff-innsyn-open-hidden-parts = Parten bad om innsyn i dei skjerma delane { $date } og ventar på svar. Ei ny vurdering for parten er svaret.
staff-innsyn-hidden-parts = Gjeld dei skjerma delane: dokumentet er delvis delt med parten.
staff-innsyn-long-wait = Ventar lenge
documents-innsyn-waiting = Du har bede om innsyn

decision-review = Sjå over før du lagrar
decision-review-heading = Kontroller vurderinga før du lagrar
decision-review-intro = Ingenting er lagra enno. Slik blir det for kvar part når du stadfestar:
decision-confirm = Stadfest og lagre
decision-edit = Endre vurderinga
decision-include-pdf = Del òg PDF-en
decision-include-pdf-hint = Berre ved deling av heile dokumentet, og berre når du har opna PDF-en og lese han.
decision-summary-parties = Gjeld
decision-summary-sees = Dette ser parten
decision-summary-SHARED = Heile teksten, slik han står over.
decision-summary-PARTLY_SHARED = Teksten med sladding, akkurat slik:
decision-summary-WITHHELD = Berre tittel og dato, med heimel og grunngiving. Ingenting av innhaldet.
decision-summary-NOT_DECIDED = Ingenting: dokumentet blir usynleg for parten.
decision-summary-pdf-yes = PDF-en blir òg delt.
decision-summary-pdf-no = PDF-en blir ikkje delt; parten ser berre teksten.
decision-summary-preview = Førehandsvis som { $name } (slik det er no)
decision-error-stray = Dette feltet høyrer ikkje til vurderinga du valde. Tøm det, eller vel ei anna vurdering.
decision-error-changed = Dokumentet vart endra medan du vurderte det. Les det på nytt før du lagrar; det du skreiv, er teke vare på.
decision-error-pdf-not-opened = Opne og les PDF-en før du deler han.
decision-error-pdf-only-share = Dokumentet har berre PDF. Opne han og kryss av for å dele PDF-en.
decision-error-pdf-only-partly = Dokumentet har berre PDF og kan ikkje sladdast før fagsystemet sender teksten.
decision-error-confirm-expired = Vurderinga du skulle stadfeste, finst ikkje lenger (ho er erstatta eller gått ut). Ingenting vart lagra; fyll ut skjemaet på nytt.
staff-document-no-text = Dokumentet har ingen tekst, berre PDF.
staff-pdf-heading = PDF
staff-pdf-open = Opne PDF-en
staff-pdf-opened = Du har opna PDF-en i denne versjonen.
staff-pdf-not-opened = Du har ikkje opna PDF-en. Han kan ikkje delast før du har lese han.
staff-pdf-only = Dokumentet kan ikkje delast med sladding før fagsystemet sender teksten.

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
deadline-innsyn-open = Du kan klage på avslaget til og med { $date }. Send klaga til barnevernstenesta; endrar dei ikkje avgjerda, sender dei henne til Statsforvaltaren.
deadline-days-left = { $days ->
    [one] Det er éin dag igjen.
   *[other] Det er { $days } dagar igjen.
}
deadline-last-days = { $days ->
    [0] Fristen går ut i dag.
    [1] Fristen går ut i morgon.
   *[other] Fristen går ut om { $days } dagar.
}
deadline-passed = Fristen gjekk ut { $date }. Du kan framleis kontakte barnevernstenesta, og ei klage etter fristen kan likevel bli behandla dersom det er særlege grunnar (forvaltningslova § 31).
# emergency contact (issue 11)
emergency-heading = Treng du hjelp no?
emergency-vakt = Barnevernvakta for { $service }:
emergency-danger = Er nokon i fare akkurat no? Ring
emergency-alarm = Alarmtelefonen for barn og unge (gratis, heile døgeret):

# The portal's error pages (instead of a browser's bare status page).
error-page-method-heading = Sida kan ikkje opnast slik
error-page-method-body = Denne adressa tek imot skjema, men kan ikkje opnast direkte. Gå tilbake til sida du kom frå, eller til framsida.
error-page-refused-heading = Førespurnaden vart avvist
error-page-refused-body = Vi kunne ikkje sjå at skjemaet vart sendt frå Min sak, så ingenting vart lagra. Opne sida på nytt og prøv igjen.
error-page-bad-request-heading = Vi forstod ikkje førespurnaden
error-page-bad-request-body = Det som vart sendt, kunne ikkje lesast, så ingenting vart lagra. Gå tilbake og prøv igjen.
error-page-server-heading = Noko gjekk gale hos oss
error-page-server-body = Det er ein feil hos oss, ikkje hos deg. Prøv igjen om litt. Hastar det, kontakt barnevernstenesta.
error-page-other-heading = Noko gjekk gale
error-page-other-body = Sida kunne ikkje visast. Gå tilbake og prøv igjen, eller gå til framsida.
# A form sent after the session ended comes back after the login with what was typed.
form-draft-restored = Du vart logga ut før skjemaet vart sendt. Det du skreiv, er teke vare på her. Ingenting er sendt enno.
# Who has looked at my case (issue 13): the party's access log.
access-log-heading-plain = Kven har sett saka
access-log-heading = Kven har sett saka di
access-log-teaser = Sjå kven hos barnevernstenesta som har opna saka og dokumenta dine, når og kvifor.
access-log-link = Sjå kven som har sett saka
access-log-intro = Her ser du kven hos barnevernstenesta som har opna saka om { $name } og dokumenta du har fått sjå, når og kvifor. Det nyaste står først.
access-log-not-listed = Det du sjølv har lese, står ikkje her. Det som berre gjeld andre i saka, og dokument du ikkje har fått sjå, står heller ikkje her.
access-log-by-role = Barnevernstenesta viser tilsette med rolle og eining her, ikkje med namn. Vil du vite kven det var, kan du spørje tenesta.
access-log-empty = Ingen hos barnevernstenesta har opna saka eller dokumenta dine enno.
access-log-count = { $count ->
    [one] Éi oppføring.
   *[other] { $count } oppføringar.
}
access-log-pages = Sider i oversikta
access-log-newer = Nyare
access-log-older = Eldre
access-log-page-of = Side { $page } av { $pages }
access-log-question-heading = Meiner du at nokon har sett saka utan grunn?
access-log-question = Kontakt barnevernstenesta og be om ei forklaring. Du kan også kontakte personvernombodet i kommunen, eller klage til Datatilsynet.
access-log-at = { $date } kl. { $time }
access-log-who-named = { $name }, { $role }, { $unit }
access-log-who-role = { $role }, { $unit }
access-log-who-case-system = Fagsystemet til barnevernstenesta
access-log-who-former = Ein tidlegare tilsett
access-log-did-staff-case-view = Opna saka
access-log-did-staff-document-view = Opna dokumentet
access-log-did-staff-document-pdf = Opna PDF-en av dokumentet
access-log-did-staff-decision = Avgjorde kva du får sjå av dokumentet
access-log-did-staff-preview = Såg sida slik du ser ho
access-log-did-import-case-put = Oppdaterte saka frå fagsystemet
access-log-did-import-document-put = Leverte dokumentet frå fagsystemet
access-log-why = Kvifor
access-log-why-party = Part i saka
access-log-why-own-session = Innlogging
access-log-why-own-caseworker = Saksbehandlaren din
access-log-why-unit-leader = Leiar ved eininga som har saka
access-log-why-unit-staff = Tilsett ved eininga som har saka
access-log-why-release-decision = Avgjerd om kva du får sjå
access-log-why-preview-as-party = Kontroll av kva du ser
access-log-why-import = Overføring frå fagsystemet
staff-role-saksbehandler = saksbehandlar
staff-role-leder = leiar
staff-role-unknown = tilsett

## Samtykker
consents-heading = Samtykke
consents-waiting-heading = Ventar på svar frå deg
consent-in-case = Saka til { $name }
consent-purpose-INFO_SKOLE = Samarbeid med skulen
consent-purpose-INFO_HELSE = Samarbeid med helsetenesta
consent-purpose-INFO_BARNEHAGE = Samarbeid med barnehagen
consent-purpose-TILTAK_FORELDREVEILEDNING = Hjelpetiltak: foreldrerettleiing
consent-purpose-TILTAK_STOTTEKONTAKT = Hjelpetiltak: støttekontakt
consent-purpose-TILTAK_BESOKSHJEM = Hjelpetiltak: besøksheim
consent-purpose-TILTAK_ANNET = Hjelpetiltak
consent-label-answer-needed = Ventar på svaret ditt
consent-label-deadline-passed = Svarfristen er ute
consent-label-in-force = Gjeld
consent-label-not-all = Du har sagt ja
consent-label-declined = Du har sagt nei
consent-label-withdrawn = Du har trekt samtykket
consent-label-cancelled = Avbrote av barnevernstenesta
consent-label-expired = Avslutta
consent-deadline-on = Svarfrist: { $date }
consent-heading = Samtykke: { $purpose }
consent-status-answer-needed = Barnevernstenesta ventar på svaret ditt. Svarfristen er { $date }.
consent-status-deadline-passed = Svarfristen gjekk ut { $date } utan at du svarte. Ta kontakt med saksbehandlaren dersom du vil svare no.
consent-status-in-force = Samtykket gjeld: alle som er spurde, har sagt ja.
consent-status-not-all = Du har sagt ja. Samtykket gjeld først når alle som er spurde, har sagt ja.
consent-status-declined = Du har sagt nei. Samtykket gjeld ikkje.
consent-status-withdrawn = Du har trekt samtykket. Frå då av deler ikkje barnevernstenesta meir.
consent-status-cancelled = Barnevernstenesta har avbrote denne førespurnaden. Du treng ikkje gjere noko.
consent-status-expired = Samtykket gjaldt til og med { $date } og er no avslutta.
consent-what-heading = Kva du blir spurd om
consent-explain-exchange = Barnevernstenesta ber om lov til å gi og få opplysningar om saka, slik det står her. Utan samtykket ditt gjer vi det ikkje.
consent-explain-measure = Barnevernstenesta føreslår eit hjelpetiltak. Eit hjelpetiltak krev samtykke frå den som har den daglege omsorga, og frå barnet sjølv frå 15 år.
consent-service-words = Barnevernstenesta skriv
consent-recipients-exchange = Kven opplysningane kan gå til
consent-recipients-measure = Kven som gjennomfører tiltaket
consent-from = Frå når
consent-from-answer = Frå du seier ja
consent-until = Til når
consent-until-date = Til og med { $date }
consent-until-withdrawn = Til du trekkjer samtykket
consent-deadline = Svarfrist
consent-if-no-heading = Dersom du seier nei
consent-if-no-exchange = Då gir og hentar vi ikkje desse opplysningane. Det får ingen følgjer for korleis vi elles arbeider med saka.
consent-if-no-measure = Då set vi ikkje i gang tiltaket. Saksbehandlaren tek kontakt for å snakke om kva som kan hjelpe i staden.
consent-withdraw-anytime = Seier du ja, kan du trekkje samtykket når som helst, utan å grunngi det.
consent-others = Fleire i saka er spurde. Samtykket gjeld først når alle har sagt ja. Du får ikkje vite kva dei andre svarar, og dei får ikkje vite kva du svarar.
consent-answer-heading = Svaret ditt
consent-yes = Ja, eg samtykkjer
consent-no = Nei, eg samtykkjer ikkje
consent-withdraw = Trekk samtykket
consent-withdraw-before = Trekkjer du samtykket, deler ikkje barnevernstenesta meir frå då av. Det som vart delt før, vart delt lovleg og blir ikkje trekt tilbake.
consent-withdraw-confirm-heading = Vil du trekkje samtykket?
consent-withdraw-confirm = Ja, trekk samtykket
consent-withdraw-back = Nei, gå tilbake
consent-saved-ja = Svaret ditt er lagra: du har sagt ja.
consent-saved-nei = Svaret ditt er lagra: du har sagt nei.
consent-saved-trekk = Samtykket er trekt. Dette er kvitteringa di; du finn henne òg i historikken under.
consent-unchanged = Svaret ditt var allereie registrert. Ingenting er endra.
consent-refused-deadline = Svarfristen har gått ut, så svaret kunne ikkje lagrast. Ta kontakt med saksbehandlaren.
consent-refused = Svaret kunne ikkje lagrast: det passar ikkje med statusen til samtykket. Sjå status over.
consent-restored-choice = Du hadde valt: { $choice }
consent-history-heading = Historikk
consent-history-asked = Du vart spurd
consent-history-yes = Du sa ja
consent-history-no = Du sa nei
consent-history-withdrawn = Du trekte samtykket
consent-history-reset = Svaret ditt vart sett tilbake til «ventar på svar»
consent-history-dates = Datoane vart endra
consent-history-cancelled = Barnevernstenesta avbraut førespurnaden
consent-history-by-service = registrert av barnevernstenesta
consent-back-to-case = Tilbake til saka

## Samtykke, for tilsette
staff-consents = Samtykke
staff-consents-empty = Ingen samtykke i sakene til eininga.
staff-consents-withdrawn = Trekte dei siste 30 dagane
staff-consents-withdrawn-intro = Eit trekt samtykke tyder som regel at noko må stoppe: opplysningar skal ikkje lenger delast, eller eit tiltak må avsluttast.
staff-consents-due = Svarfrist innan ei veke
staff-consents-group = { $status } ({ $count })
staff-consents-caption = Samtykke
staff-consents-withdrawn-on = trekt
staff-consents-none-in-case = Ingen samtykke i saka.
staff-col-consent = Samtykke
staff-col-status = Status
staff-col-answer = Svar
staff-col-event = Hending
staff-col-by = Av
staff-col-note = Grunngiving
staff-consent-new = Nytt samtykke
staff-consent-purpose = Føremål
staff-consent-choose-purpose = Vel føremål
staff-consent-text = Kva partane blir spurde om, med orda til tenesta sjølv
staff-consent-text-hint = Skriv enkelt og konkret kva som blir delt eller gjort, og kvifor. Partane som blir spurde, ser teksten. Høgst { $max } teikn.
staff-consent-recipients = Kven opplysningane kan gå til, eller kven som gjennomfører tiltaket
staff-consent-parties = Kven blir spurde
staff-consent-not-askable-under-15 = under 15 år og ikkje part
staff-consent-not-askable-adult = barnet er 18 år og svarar sjølv
staff-consent-not-askable-no-rights = ikkje part i saka no
staff-consent-end = Gjeld til og med (kan stå tomt)
staff-consent-end-hint = Tomt: samtykket gjeld til parten trekkjer det.
staff-consent-create = Send førespurnaden
staff-consent-answers = Svar frå partane
staff-consent-register = Registrer eit svar gitt på papir eller telefon
staff-consent-register-hint = Berre endringane KS Fiks tillèt saksbehandlarar. Skriv korleis og når svaret vart gitt.
staff-consent-choose-party = Vel part
staff-consent-may-set = kan setjast til
staff-consent-choose-answer = Vel svar
staff-consent-note = Grunngiving (berre for tilsette)
staff-consent-register-submit = Registrer svaret
staff-consent-dates = Endre datoane
staff-consent-dates-submit = Lagre datoane
staff-consent-cancel = Avbryt samtykket
staff-consent-cancel-hint = Kan ikkje angrast. Partane ser at førespurnaden er avbroten, men ikkje grunngivinga.
staff-consent-cancel-submit = Avbryt samtykket
staff-consent-by-import = Fagsystemet
consent-overall-VENTER_PAA_SVAR = Ventar på svar
consent-overall-SAMTYKKET = Samtykt
consent-overall-IKKE_SAMTYKKET = Ikkje samtykt
consent-overall-TRUKKET = Trekt
consent-overall-SVARFRIST_PASSERT = Svarfristen er ute
consent-overall-UTLOPT = Utgått
consent-overall-AVBRUTT = Avbrote
consent-answer-VENTER_PAA_SVAR = Ventar på svar
consent-answer-SAMTYKKET = Samtykt
consent-answer-IKKE_SAMTYKKET = Ikkje samtykt
consent-answer-TRUKKET = Trekt
consent-event-OPPRETTET = Sendt til partane
consent-event-AKSEPTERT_AV_PART = Samtykte
consent-event-AVSLAATT_AV_PART = Sa nei
consent-event-TRUKKET_AV_PART = Trekte samtykket
consent-event-OPPDATERT_PAA_VEGNE_AV_PART = Svar registrert av tenesta
consent-event-REDIGERT = Datoane endra
consent-event-AVBRUTT = Avbrote
consent-error-form-old = Skjemaet er utdatert. Last inn sida på nytt og prøv igjen.
consent-error-purpose = Vel eit føremål.
consent-error-required = Fyll ut feltet.
consent-error-too-long = Teksten er for lang.
consent-error-date-missing = Skriv inn ein dato.
consent-error-date-invalid = Datoen er ikkje gyldig. Skriv han som åååå-mm-dd.
consent-error-deadline-past = Svarfristen kan ikkje vere før i dag.
consent-error-end-before-deadline = Sluttdatoen kan ikkje vere før svarfristen.
consent-error-nobody = Vel minst éin part.
consent-error-not-askable = Ein du valde, kan ikkje spørjast.
consent-error-youth = Eit hjelpetiltak for ein ungdom på 15–17 år krev at ungdomen òg blir spurd.
consent-error-answer = Vel eit svar.
consent-error-cancelled = Samtykket er avbrote og kan ikkje endrast.
consent-error-expired = Samtykket har gått ut og kan ikkje endrast.
consent-error-deadline-passed = Svarfristen er ute.
consent-error-not-asked = Vel ein part som er spurd.
consent-error-transition = Den endringa av svaret er ikkje tillaten. Sjå kva parten kan setjast til.
consent-staff-created = Førespurnaden er send til partane.
consent-staff-dates-saved = Datoane er lagra.
consent-staff-cancelled = Samtykket er avbrote.
consent-staff-answer-saved = Svaret er registrert.
consent-staff-unchanged = Ingenting nytt å lagre: det var allereie slik.
consent-errors-heading = Ingenting er lagra. Rett opp dette:
access-log-did-staff-consent-view = Opna eit samtykke du er spurt om
access-log-did-staff-consent-create = Bad deg om eit samtykke
access-log-did-staff-consent-change = Endra eit samtykke du er spurt om
access-log-did-staff-post-read = Opna ei melding frå deg

## Meldingar
post-heading = Meldingar
post-teaser = Skriv til barnevernstenesta om saka, og les svara. Berre du og tenesta ser det du skriv.
post-link = Gå til meldingane
post-private = Meldingane her er mellom deg og barnevernstenesta. Ingen andre partar i saka ser dei.
post-none = Ingen meldingar enno.
post-last = Siste melding
post-unread = { $count ->
    [one] 1 ny melding
   *[other] { $count } nye meldingar
}
post-new = Ny melding
post-subject = Emne
post-text = Melding
post-text-hint = Høgst { $max } teikn. Ikkje skriv inn fødselsnummeret til andre.
post-send = Send
post-sent = Meldinga er send.
post-reply = Svar
post-at = kl. { $time }
post-read-by = Opna av { $who } kl. { $time }
post-not-read = Ikkje opna enno
post-the-service = barnevernstenesta
post-the-party = parten
post-reminded = Meldinga di er ikkje opna innan to arbeidsdagar. Leiarane ved eininga har fått beskjed.
post-all-threads = Alle meldingar i saka
post-error-form-old = Skjemaet er utdatert. Last inn sida på nytt og prøv igjen; teksten din står der framleis.
post-error-subject = Skriv eit emne.
post-error-subject-long = Emnet er for langt.
post-error-empty = Skriv ei melding.
post-error-long = Meldinga er for lang.
post-error-party = Vel kven meldinga skal til.
staff-post = Meldingar
staff-post-empty = Ingen meldingar i sakene til eininga.
staff-post-overdue = Ikkje opna innan to arbeidsdagar
staff-post-overdue-intro = Meldingar frå partar som ingen har opna innan to arbeidsdagar (heilagdagar er ikkje rekna med). Sørg for at nokon tek dei.
staff-post-mine = Tildelt meg
staff-post-state-new = Nye
staff-post-state-open = Opna, ikkje behandla
staff-post-state-waiting = Ventar på parten
staff-post-state-handled = Behandla
staff-post-assigned = Tildelt
staff-post-late = for seint
staff-post-of-case = Meldingar i saka
staff-post-new = Skriv til ein part
staff-post-to = Til
staff-post-take = Ta meldinga
staff-post-mark-handled = Merk som behandla
staff-post-taken = Meldinga er tildelt deg.
staff-post-handled = Meldinga er merkt som behandla.
post-attachments = Vedlegg
post-files = Vedlegg (valfritt)
post-files-hint = Du kan leggje ved opptil { $count } filer på inntil { $size } MB kvar: PDF, JPG, PNG eller HEIC (bilete frå iPhone).
post-files-again = Filene du hadde valt, vart ikkje sende. Legg dei ved på nytt.
post-files-kept = Filer som er lagde ved. Kryss av for dei du vil fjerne.
post-file-remove = Fjern { $name }
post-size-mb = { $whole },{ $tenth } MB
post-size-kb = { $size } kB
post-file-empty = Fila er tom.
post-file-too-large = Fila er større enn 10 MB. Del ho opp, eller ta biletet med lågare oppløysing.
post-file-too-many = Du kan leggje ved høgst 10 filer i éi melding. Send resten i ei ny melding.
post-file-type = Denne filtypen kan ikkje sendast. Vi tek imot PDF, JPG, PNG og HEIC.
post-file-encrypted = PDF-en er verna med passord, så tenesta kan ikkje opne han. Lagre han utan passord og legg han ved på nytt.
post-file-broken = PDF-en er skadd og kan ikkje opnast. Lagre eller eksporter han på nytt, og legg han ved igjen.
access-log-did-staff-post-attachment = Opna eit vedlegg i ei melding med deg
post-doc-input = Svar eller klag
post-svar-link = Svar på dokumentet
post-klage-vedtak-link = Klag på vedtaket
post-klage-innsyn-link = Klag på avslaget om innsyn
post-svar-heading = Svar på dokumentet
post-klage-heading = Klage
post-svar-subject = Svar på: { $title }
post-klage-subject = Klage på: { $title }
post-klage-intro = Klaga går først til barnevernstenesta. Endrar ikkje tenesta vedtaket, sender ho klaga vidare til Statsforvaltaren, som avgjer ho. Skriv kva du er usamd i og kvifor. Du treng ikkje vise til lovparagrafar.
post-klage-open = Du kan klage til og med { $date }.
post-klage-late = Du kan framleis skrive til barnevernstenesta. Ei klage som kjem for seint, kan likevel bli handsama dersom det er særlege grunnar til det (forvaltningslova § 31).
post-klage-write = Skriv klaga
post-svar-write = Skriv svaret
post-doc-not-released = Du kan berre svare på dokument som er delte med deg.
post-klage-nothing = Her er det ikkje noko du kan klage på. Du kan klage på vedtak som er delte med deg, og på avslag på innsyn.
post-klage-passed = Klagefristen gjekk ut { $date }.
post-error-klage-passed = Klagefristen har gått ut. Klaga vart ikkje send.
staff-post-kind-svar = Svar på dokument
staff-post-kind-klage = Klage
staff-post-document = Sjå dokumentet
staff-post-klage-intro = Dette er ei klage. Vurder ho og endre vedtaket, eller send klaga til Statsforvaltaren (forvaltningslova § 33).

## Innsyn i heile saka
case-innsyn-link = Be om innsyn i heile saka
case-innsyn-link-hint = Også dokument du ikkje har fått melding om.
case-innsyn-heading = Innsyn i heile saka
case-innsyn-intro = Som part har du rett til å sjå dokumenta i saka di (forvaltningslova § 18). Her kan du be om å få sjå alle dokumenta, også dei du ikkje har fått melding om. Barnevernstenesta går gjennom kvart dokument og svarer deg her. Noko kan haldast tilbake dersom lova seier det; då får du vite kvifor, og du kan klage.
case-innsyn-status-heading = Førespurnaden din
case-innsyn-form-heading = Be om innsyn
case-innsyn-message-label = Vil du seie noko om kva du ønskjer å sjå? (valfritt)
case-innsyn-submit = Be om innsyn i heile saka
case-innsyn-back = Tilbake til saka
case-innsyn-waiting = Barnevernstenesta har ikkje svart enno. Svaret kjem her.
case-innsyn-answer-GRANTED = Innvilga { $date }: du kan no lese alle dokumenta i saka.
case-innsyn-answer-PARTLY_GRANTED = Delvis innvilga { $date }: du kan no lese meir av saka, men noko blir framleis halde tilbake.
case-innsyn-answer-REFUSED = Avslått { $date }.
case-innsyn-answer-words = Svaret frå barnevernstenesta
case-innsyn-appeal-how = Klaga går til barnevernstenesta.
case-innsyn-appeal-link = Klag på svaret
case-innsyn-sent = Førespurnaden er send. Barnevernstenesta svarer deg her.
case-innsyn-too-long = Meldinga er for lang. Gjer ho kortare og send igjen.
staff-innsyn-whole-case = Heile saka
staff-case-innsyn-heading = Innsyn i heile saka
staff-case-innsyn-from = Førespurnad frå { $name }
staff-case-innsyn-none = Denne parten har ikkje bede om innsyn i heile saka.
staff-case-innsyn-answered-GRANTED = Innvilga { $date }.
staff-case-innsyn-answered-PARTLY_GRANTED = Delvis innvilga { $date }.
staff-case-innsyn-answered-REFUSED = Avslått { $date }.
staff-case-innsyn-documents = Dokumenta i saka
staff-case-innsyn-kept = { $count ->
    [0] Alle dokumenta er delte i heilskap med parten.
    [one] Eitt dokument er ikkje delt i heilskap med parten.
   *[other] { $count } dokument er ikkje delte i heilskap med parten.
}
staff-case-innsyn-caption = Kva { $name } ser av kvart dokument
staff-case-innsyn-col-state = Parten ser
staff-case-innsyn-answer = Svar parten
staff-case-innsyn-answer-intro = Vurder først kvart dokument for parten på sida til dokumentet. Svaret fortel parten kva som kom ut av det; det deler ingenting sjølv.
staff-case-innsyn-choice = Svar
staff-case-innsyn-choice-GRANTED = Innvilga: parten ser alle dokumenta i heilskap
staff-case-innsyn-choice-PARTLY_GRANTED = Delvis innvilga: noko blir framleis halde tilbake
staff-case-innsyn-choice-REFUSED = Avslått
staff-case-innsyn-words = Svar og grunngiving til parten
staff-case-innsyn-words-hint = Parten les dette. Må fyllast ut ved avslag og delvis innvilging. Høgst { $max } teikn.
staff-case-innsyn-send = Send svaret
case-innsyn-answered = Svaret er sendt til parten.
case-innsyn-nothing-open = Førespurnaden var alt svart på. Ingenting nytt vart lagra.
case-innsyn-error-choice = Vel eit svar.
case-innsyn-error-granted-kept = Innvilga kan berre veljast når parten ser alle dokumenta i heilskap. Vurder dokumenta som ikkje er delte, eller vel delvis innvilga eller avslått.
case-innsyn-error-all-shared = Parten ser alle dokumenta i heilskap. Vel innvilga.
case-innsyn-error-reason = Skriv grunngivinga parten skal få.
case-innsyn-error-too-long = Svaret er for langt.
access-log-did-staff-case_innsyn-view = Opna førespurnaden din om innsyn i heile saka
access-log-did-staff-case_innsyn-answer = Svarte på førespurnaden din om innsyn i heile saka
minutes-heading = Merknader til referatet
minutes-back = Tilbake til referatet
minutes-intro = Er noko i referatet feil, eller manglar noko? Be om retting i den delen det gjeld, eller til referatet som heilskap. Barnevernstenesta svarer deg her, og merknaden din blir teken vare på saman med referatet.
minutes-text = Referatet, del for del
minutes-part = Del { $number }
minutes-ask-here = Be om retting i denne delen
minutes-whole-heading = Referatet som heilskap
minutes-ask-whole = Be om retting til heile referatet
minutes-not-open = Referatet er ikkje opna for merknader. Kontakt barnevernstenesta om noko i det er feil.
minutes-closed = Fristen for merknader gjekk ut { $date }. Kontakt barnevernstenesta om noko i referatet framleis er feil.
deadline-minutes-open = Du kan be om retting i referatet til og med { $date }.
minutes-you-asked-on = Du bad om retting { $date }:
minutes-answer-CORRECTED = Barnevernstenesta svarte { $date }: Referatet blir retta.
minutes-answer-KEPT_AS_COMMENT = Barnevernstenesta svarte { $date }: Referatet blir ikkje retta, men merknaden din blir teken vare på saman med referatet.
minutes-waiting = Barnevernstenesta har ikkje svart enno.
minutes-comment-label = Kva bør rettast?
minutes-comment-hint = Skriv kva som er feil, og kva som bør stå i staden. Høgst { $max } teikn.
minutes-comment-submit = Send merknaden
minutes-comment-sent = Merknaden er send. Barnevernstenesta svarer deg her.
minutes-link-open = Be om retting i referatet
minutes-link-closed = Sjå merknadene dine til referatet
minutes-sent-count = Du har sendt { $sent } { $sent ->
    [one] merknad
   *[other] merknader
}, { $answered } er svart på.
minutes-error-empty = Skriv kva som bør rettast.
minutes-error-too-long = Merknaden er for lang.
minutes-error-part = Vel ein del av referatet.
minutes-error-closed = Referatet er ikkje lenger ope for merknader. Merknaden vart ikkje send.
minutes-error-form = Skjemaet var ikkje gyldig lenger. Send merknaden på nytt.
minutes-error-not-minutes = Berre møtereferat kan opnast for merknader.
minutes-error-shared-with-nobody = Referatet er ikkje delt med nokon part enno. Del det før du opnar for merknader.
minutes-error-no-date = Vel siste dag for merknader.
minutes-error-past = Siste dag for merknader kan ikkje vere før i dag.
minutes-error-too-far = Siste dag for merknader kan vere høgst tre månader fram i tid.
minutes-error-outcome = Vel om referatet skal rettast.
minutes-error-reason = Skriv kvifor referatet ikkje blir retta.
minutes-error-answer-too-long = Svaret er for langt.
minutes-opened = Fristen for merknader er lagra.
minutes-deadline-unchanged = Fristen var allereie denne dagen. Ingenting er endra.
minutes-answered = Svaret er sendt til parten.
minutes-already-answered = Merknaden var allereie svart på. Ingenting er endra.
staff-minutes-heading = Merknader til referatet
staff-minutes-back = Tilbake til dokumentet
staff-minutes-link = Merknader til referatet
staff-minutes-comments = Merknader frå partane
staff-minutes-none = Ingen merknader enno.
staff-minutes-not-minutes = Berre møtereferat kan opnast for merknader.
staff-minutes-period = Frist for merknader
staff-minutes-open-until = Ope for merknader til og med { $date }.
staff-minutes-closed-on = Fristen for merknader gjekk ut { $date }.
staff-minutes-never-opened = Referatet er ikkje opna for merknader.
staff-minutes-party-can = kan be om retting
staff-minutes-party-cannot = har ikkje fått referatet og kan ikkje be om retting
staff-minutes-deadline = Siste dag for merknader
staff-minutes-deadline-hint = Partane som har fått referatet, kan be om retting til og med denne dagen. Vanleg frist er tre veker.
staff-minutes-open = Opne for merknader
staff-minutes-move = Endre fristen
staff-minutes-from = Frå { $name }
staff-minutes-sent-on = sendt { $date }
staff-minutes-quote = Slik parten såg denne delen:
staff-minutes-request = Merknaden:
staff-minutes-answered-CORRECTED = Svart { $date }: referatet blir retta.
staff-minutes-answered-KEPT_AS_COMMENT = Svart { $date }: referatet blir ikkje retta, merknaden blir teken vare på saman med referatet.
staff-minutes-outcome = Svar til parten
staff-minutes-outcome-CORRECTED = Referatet blir retta (ein retta versjon blir registrert i fagsystemet)
staff-minutes-outcome-KEPT_AS_COMMENT = Referatet blir ikkje retta; merknaden blir teken vare på saman med referatet
staff-minutes-answer = Svaret til parten
staff-minutes-answer-hint = Påkravd når referatet ikkje blir retta. Høgst { $max } teikn.
staff-minutes-answer-submit = Send svaret
access-log-did-staff-minutes-view = Opna merknadene til eit møtereferat
access-log-did-staff-minutes-open = Opna eit møtereferat for merknader
access-log-did-staff-minutes-answer = Svarte på merknaden din til eit møtereferat
minutes-unsent = Dette skreiv du. Det er ikkje sendt; ta vare på det om du vil sende det på ein annan måte:
staff-minutes-waiting = { $count ->
    [one] 1 merknad ventar på svar
   *[other] { $count } merknader ventar på svar
}

## Notices (e-mail and SMS): never what is new, no names, no links.
notice-subject = Nytt i Min sak
notice-reminder-subject = Påminning: nytt i Min sak
notice-email-body =
    Hei!

    Du har fått noko nytt i Min sak. Logg inn slik du pleier for å sjå kva det er.

    Denne e-posten er send automatisk og kan ikkje svarast på.
notice-sms = Du har fått noko nytt i Min sak. Logg inn slik du pleier for å sjå det. Meldinga kan ikkje svarast på.
notice-staff-subject = Ny melding i Min sak
notice-staff-email-body =
    Hei!

    Ein part har skrive til tenesta i Min sak. Logg inn som tilsett for å lese meldinga.

    Denne e-posten er send automatisk og kan ikkje svarast på.
notice-deadline-subject = Ein frist nærmar seg i Min sak
notice-deadline-email-body =
    Hei!

    Du har ein frist i Min sak som går ut om få dagar. Logg inn slik du pleier for å sjå kva han gjeld.

    Denne e-posten er send automatisk og kan ikkje svarast på.
notice-deadline-sms = Du har ein frist i Min sak som går ut om få dagar. Logg inn slik du pleier for å sjå han. Meldinga kan ikkje svarast på.
notice-escalation-subject = Uopna melding i Min sak
notice-escalation-email-body =
    Hei!

    Ei melding frå ein part har venta uopna hos eininga i meir enn to yrkedagar. Logg inn som tilsett og sjå innboksen til eininga.

    Denne e-posten er send automatisk og kan ikkje svarast på.
staff-paper-needed = Må få brev på papir
staff-paper-needed-why = Merka «Må få brev på papir»: personen får ikkje varsel digitalt (reservert eller kan ikkje varslast, eller utan adresse i kontaktregisteret). Send brev på papir.
