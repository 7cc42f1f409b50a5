//! The facilitator's side of the room: invitations, arriving notes,
//! ratings and the dot-vote, on the projector.

crate::strings! {
    /// The facilitator's room panel.
    pub struct Texts {
        heading: "The room joins in", "De groep doet mee";
        invite: "Invite the room (Ctrl+I)", "De groep uitnodigen (Ctrl+I)";
        invite_hover: "Participants add notes and rate steps from their phones, over this network", "Deelnemers voegen notities toe en beoordelen stappen vanaf hun telefoon, via dit netwerk";
        close: "Close invitations", "Uitnodigingen sluiten";
        scan: "Scan to join, or open", "Scan om mee te doen, of open";
        code: "Code: {code}", "Toegangscode: {code}";
        new_code: "New code", "Nieuwe code";
        new_code_hover: "The old link stops working; who joined stays in", "De oude link werkt niet meer; wie al meedoet blijft erin";
        joined: "{n} joined", "{n} doen mee";
        hide_qr: "Hide QR code", "QR-code verbergen";
        show_qr: "Show QR code", "QR-code tonen";
        lock: "Lock contributions", "Meedoen vergrendelen";
        unlock: "Unlock contributions", "Meedoen ontgrendelen";
        locked: "Contributions are locked.", "Meedoen is vergrendeld.";
        auto_accept: "Accept notes as they arrive", "Notities meteen accepteren";
        arriving: "Arriving notes ({n})", "Binnenkomende notities ({n})";
        no_notes: "No notes waiting.", "Geen notities in de wachtrij.";
        accept: "Accept (Alt+A)", "Accepteren (Alt+A)";
        hide: "Hide (Alt+H)", "Verbergen (Alt+H)";
        accept_all: "Accept all (Alt+Shift+A)", "Alles accepteren (Alt+Shift+A)";
        note_on: "{kind} on \"{step}\"", "{kind} bij \"{step}\"";
        by: "by {name}", "van {name}";
        gone_step: "a step that is gone", "een stap die weg is";
        ratings: "Ratings of \"{step}\"", "Beoordelingen van \"{step}\"";
        no_step: "Choose a step to see its ratings.", "Kies een stap om de beoordelingen te zien.";
        no_ratings: "No ratings yet.", "Nog geen beoordelingen.";
        mean: "Room: {mean} ({n} ratings) · map: {own}", "Groep: {mean} ({n} beoordelingen) · kaart: {own}";
        apply_mean: "Apply the room's rating", "Beoordeling van de groep overnemen";
        vote: "Dot-vote", "Stippenstemming";
        dots: "Dots each", "Stippen per persoon";
        open_vote: "Open a vote on this phase's opportunities", "Stemming openen over de kansen van deze fase";
        no_options: "This phase has no opportunities to vote on yet.", "Deze fase heeft nog geen kansen om over te stemmen.";
        close_vote: "Close the vote", "Stemming sluiten";
        reveal: "Reveal the results", "Uitslag tonen";
        voting: "Voting: {n} voted so far.", "Stemmen: {n} hebben al gestemd.";
        results: "Results ({n} voted)", "Uitslag ({n} gestemd)";
        accepted: "Accepted: {kind} on \"{step}\".", "Geaccepteerd: {kind} bij \"{step}\".";
        applied: "\"{step}\" now feels {emotion}.", "\"{step}\" voelt nu {emotion}.";
        could_not_open: "Could not open invitations: {error}. Choose another address with --invite-on ADDR:PORT.", "Kon de uitnodigingen niet openen: {error}. Kies een ander adres met --invite-on ADRES:POORT.";
        venue_help: "Phones can't connect?", "Telefoons komen er niet in?";
        venue_text: "Guest Wi-Fi often keeps devices apart. Turn on this laptop's own hotspot (Windows: Mobile hotspot; macOS: Internet Sharing; Linux: Wi-Fi > Hotspot), let the phones join it, then close and reopen invitations so the link uses the hotspot's address. No internet is needed.", "Gasten-wifi houdt apparaten vaak van elkaar gescheiden. Zet de eigen hotspot van deze laptop aan (Windows: Mobiele hotspot; macOS: Internetdeling; Linux: Wifi > Hotspot), laat de telefoons daarmee verbinden en sluit en open de uitnodigingen opnieuw, zodat de link het adres van de hotspot gebruikt. Internet is niet nodig.";
    }
}
