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
document-appeal-deadline = Du kan klage på vedtaket. Fristen for å klage er { $date }.
document-sensitive = Dette dokumentet kan vere vondt å lese. Du kan gjerne lese det saman med nokon du stolar på, eller be om eit møte med saksbehandlaren for å gå gjennom det.
document-partly-shared = Delar av dokumentet er ikkje delte med deg. Desse delane er merkte «skjerma».
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
withheld-ask-innsyn = Be om innsyn: kontakt barnevernstenesta og be om å få sjå dokumentet. Du får eit skriftleg svar.
withheld-appeal = Klage: får du nei, kan du klage innan 3 veker. Klaga blir send til barnevernstenesta, som sender henne vidare til Statsforvaltaren.
withheld-representative = Har du advokat eller ein annan fullmektig, kan dei i nokre tilfelle få sjå dokumentet sjølv om du ikkje får det.
contact-phone = Telefon
contact-email = E-post
contact-visit = Besøksadresse
contact-hours = Opningstider
