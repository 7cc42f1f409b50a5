//! Opening, saving, recovery, and the messages about files and map problems.

crate::strings! {
    /// Opening, saving, recovery, and the messages about files and map problems.
    pub struct Texts {
        load_not_found: "Could not open \"{path}\": there is no such file. It may have been moved, renamed or deleted; check the name and the folder.", "Kan \"{path}\" niet openen: dat bestand bestaat niet. Misschien is het verplaatst, hernoemd of verwijderd; controleer de naam en de map waarin het staat.";
        load_not_a_file: "Could not open \"{path}\": it is a folder or a device, not a map file. Choose a .ron map file.", "Kan \"{path}\" niet openen: het is een map of een apparaat, geen kaartbestand. Kies een .ron-kaartbestand.";
        load_permission: "Could not open \"{path}\": you do not have permission to read it. Ask the owner for access, or copy the file somewhere you can read.", "Kan \"{path}\" niet openen: je hebt geen toestemming om het te lezen. Vraag de eigenaar om toegang, of kopieer het bestand naar een plek waar je het wel kunt lezen.";
        load_io: "Could not read \"{path}\": {error}. If it is on a network share or a USB stick, check that it is still connected and try again.", "Kan \"{path}\" niet lezen: {error}. Staat het op een netwerkschijf of een usb-stick, controleer dan of die nog verbonden is en probeer het opnieuw.";
        load_too_large: "Could not open \"{path}\": it is {size} MiB, larger than the {max} MiB a map may be. It is probably not a Klantreis map.", "Kan \"{path}\" niet openen: het is {size} MiB, groter dan de {max} MiB die een kaart mag zijn. Het is waarschijnlijk geen Klantreis-kaart.";
        load_empty: "Could not open \"{path}\": the file is empty. It may have been cut off while copying.{backup}", "Kan \"{path}\" niet openen: het bestand is leeg. Misschien is het tijdens het kopiëren afgebroken.{backup}";
        load_not_text: "Could not open \"{path}\": line {line}, column {column} is not text. This is not a Klantreis map, or it is damaged.{backup}", "Kan \"{path}\" niet openen: regel {line}, kolom {column} is geen tekst. Dit is geen Klantreis-kaart, of het bestand is beschadigd.{backup}";
        load_syntax: "Could not open \"{path}\": line {line}, column {column}: {message}. If the file was edited by hand, fix that place.{backup}", "Kan \"{path}\" niet openen: regel {line}, kolom {column}: {message}. Is het bestand met de hand bewerkt, verbeter dan die plek.{backup}";
        load_not_a_map: "This file is not a Klantreis map (\"{path}\", line {line}, column {column}): it does not begin the way a map does. Open a .ron map saved by Klantreis, or choose another file.", "Dit bestand is geen Klantreis-kaart (\"{path}\", regel {line}, kolom {column}): het begint niet zoals een kaart begint. Open een .ron-kaart die met Klantreis is opgeslagen, of kies een ander bestand.";
        syntax_unexpected_value: "\"{found}\" does not belong at this place of a map", "\"{found}\" hoort niet op deze plek van een kaart";
        syntax_unexpected_char: "the character \"{found}\" does not belong here", "het teken \"{found}\" hoort hier niet";
        syntax_unexpected: "the text here is not written the way a map is written", "de tekst hier is niet geschreven zoals een kaart wordt geschreven";
        load_newer: "Could not open \"{path}\": it was saved by a newer Klantreis (file format version {found}; this Klantreis reads up to version {supported}). Update Klantreis to open it. The file has not been changed.", "Kan \"{path}\" niet openen: het is opgeslagen door een nieuwere Klantreis (bestandsformaat versie {found}; deze Klantreis leest tot en met versie {supported}). Werk Klantreis bij om het te openen. Het bestand is niet gewijzigd.";
        backup_advice: " The version before the last save is kept as \"{backup}\"; you can open that instead.", " De versie van vóór de laatste keer opslaan staat in \"{backup}\"; die kun je in plaats hiervan openen.";

        save_failed: "Could not save \"{path}\": {error}. {advice} The file on disk was not changed, and your map is still open.", "Kan \"{path}\" niet opslaan: {error}. {advice} Het bestand op schijf is niet gewijzigd en je kaart is nog open.";
        save_failed_command: "Could not save \"{path}\": {error}. {advice} The file on disk was not changed.", "Kan \"{path}\" niet opslaan: {error}. {advice} Het bestand op schijf is niet gewijzigd.";
        save_too_large: "the map would be {size} MiB, more than the {max} MiB Klantreis opens, so it was not written", "de kaart zou {size} MiB worden, meer dan de {max} MiB die Klantreis opent, dus is hij niet geschreven";
        save_make_smaller: "Make the map smaller (remove large persona photos, or split the journeys over several maps), then save again.", "Maak de kaart kleiner (haal grote personafoto's weg, of verdeel de reizen over meer kaarten) en sla daarna opnieuw op.";
        save_disk_full: "The disk is full. Free some space, or save to another disk.", "De schijf is vol. Maak ruimte vrij, of sla op op een andere schijf.";
        save_no_permission: "You may not write there. Save the map in another folder.", "Je mag daar niet schrijven. Sla de kaart op in een andere map.";
        save_no_folder: "The folder does not exist (a network share or USB stick may have gone). Save the map in another folder.", "De map bestaat niet (misschien is een netwerkschijf of usb-stick weg). Sla de kaart op in een andere map.";
        save_other: "Try again, or save the map in another folder.", "Probeer het opnieuw, of sla de kaart op in een andere map.";

        syntax_eof: "the file ends too early; it may have been cut off while copying or saving", "het bestand houdt te vroeg op; misschien is het tijdens het kopiëren of opslaan afgebroken";
        syntax_too_deep: "the values are nested more than {limit} levels deep, which no map needs", "de waarden zijn meer dan {limit} niveaus diep genest, en dat heeft geen enkele kaart nodig";
        syntax_trailing: "there is more text after the end of the map; remove it", "er staat nog tekst na het einde van de kaart; haal die weg";
        syntax_no_such_field: "\"{found}\" is not a field of {of}; the fields are: {fields}", "\"{found}\" is geen veld van {of}; de velden zijn: {fields}";
        syntax_this_part: "this part", "dit deel";
        syntax_missing_field_of: "{of} is missing its \"{field}\"", "bij {of} ontbreekt \"{field}\"";
        syntax_missing_field: "the field \"{field}\" is missing", "het veld \"{field}\" ontbreekt";
        syntax_duplicate_field: "\"{field}\" is given twice", "\"{field}\" staat er twee keer";
        syntax_expected_string: "expected text in double quotes", "hier hoort tekst tussen dubbele aanhalingstekens";
        syntax_expected_integer: "expected a whole number", "hier hoort een geheel getal";
        syntax_expected_float: "expected a number such as 2.5", "hier hoort een getal zoals 2.5";
        syntax_expected_boolean: "expected true or false", "hier hoort true of false";
        syntax_expected_array: "expected a list in square brackets [ … ]", "hier hoort een lijst tussen vierkante haken [ … ]";
        syntax_expected_array_end: "expected a comma or the ] that ends the list", "hier hoort een komma of de ] die de lijst afsluit";
        syntax_expected_group: "expected a group of fields in round brackets ( … )", "hier hoort een groep velden tussen ronde haken ( … )";
        syntax_expected_group_end: "expected a comma or the ) that ends the group", "hier hoort een komma of de ) die de groep afsluit";
        syntax_expected_comma: "expected a comma", "hier hoort een komma";
        syntax_expected_option: "expected Some(…) or None", "hier hoort Some(…) of None";
        syntax_expected_colon: "expected a colon after the field name", "hier hoort een dubbele punt na de veldnaam";
        syntax_expected_identifier: "expected a field name", "hier hoort een veldnaam";
        syntax_not_one_of: "\"{found}\" is not one of {choices}", "\"{found}\" is niet een van {choices}";
        noun_map: "the map", "de kaart";
        noun_phase: "a phase", "een fase";
        noun_kpi: "a KPI", "een KPI";
        noun_journey: "a journey", "een reis";
        noun_step: "a step", "een stap";
        noun_persona: "a persona", "een persona";
        noun_demographics: "a persona's demographics", "de demografie van een persona";
        noun_psychographics: "a persona's psychographics", "de psychografie van een persona";
        noun_content_item: "a content item", "een contentitem";
        noun_file: "the file", "het bestand";
        noun_other: "a {name}", "een {name}";
        envelope_expecting: "a Klantreis map file: (format: \"klantreis\", version: …, map: (…))", "een Klantreis-kaartbestand: (format: \"klantreis\", version: …, map: (…))";
        envelope_other_format: "this is a \"{name}\" file, not a Klantreis map", "dit is een \"{name}\"-bestand, geen Klantreis-kaart";
        envelope_version_zero: "format version 0 does not exist", "bestandsformaat versie 0 bestaat niet";
        envelope_version_first: "the \"version\" must come before the \"map\"", "de \"version\" moet vóór de \"map\" staan";
        envelope_no_format: "this is not a Klantreis map (the \"format: \\\"klantreis\\\"\" line is missing)", "dit is geen Klantreis-kaart (de regel \"format: \\\"klantreis\\\"\" ontbreekt)";
        envelope_no_map: "the file has no \"map\"", "het bestand heeft geen \"map\"";
        envelope_unknown_version: "format version {version} is not known", "bestandsformaat versie {version} is onbekend";

        photo_failed_file: "Could not use \"{path}\" as a photo: {problem}. The persona was not changed.", "Kan \"{path}\" niet als foto gebruiken: {problem}. De persona is niet gewijzigd.";
        photo_failed: "Could not use the picture as a photo: {problem}. The persona was not changed.", "Kan de afbeelding niet als foto gebruiken: {problem}. De persona is niet gewijzigd.";

        lock_who_here: "{user} in another Klantreis window on this computer", "{user} in een ander Klantreis-venster op deze computer";
        lock_who_there: "{user} on the computer \"{computer}\"", "{user} op de computer \"{computer}\"";
        lock_someone: "someone", "iemand";
        lock_since_now: "since just now", "sinds zojuist";
        lock_since_minute: "since {n} minute ago", "sinds {n} minuut";
        lock_since_minutes: "since {n} minutes ago", "sinds {n} minuten";
        lock_since_today: "since {time} today", "sinds vandaag {time}";
        lock_since_yesterday: "since yesterday {time}", "sinds gisteren {time}";
        lock_since_date: "since {day} {month} {time}", "sinds {day} {month} {time}";

        never_saved: "\"{title}\" (never saved)", "\"{title}\" (nooit opgeslagen)";
        read_only_file: "the file is read-only", "het bestand is alleen-lezen";
        read_only_folder: "its folder cannot be written to", "er kan niet in de map worden geschreven";
        load_snapshot: "Could not open \"{path}\": its snapshot {id}, \"{name}\", cannot be read: {fault}. The map itself is not affected: to open it, delete that snapshot from the file in a text editor (its lines id, name, date and packed, with the brackets around them), then open the file again.{backup}", "Kan \"{path}\" niet openen: momentopname {id}, \"{name}\", is onleesbaar: {fault}. De kaart zelf is in orde: om hem te openen, verwijder je die momentopname in een teksteditor uit het bestand (de regels id, name, date en packed, met de haakjes eromheen) en open je het bestand opnieuw.{backup}";
        pack_base64: "its packed text is damaged (it is not base64: {error})", "de ingepakte tekst is beschadigd (het is geen base64: {error})";
        pack_inflate: "its packed content is damaged ({error})", "de ingepakte inhoud is beschadigd ({error})";
        pack_too_large: "it unpacks to more than {max} MiB, more than a map can be", "uitgepakt is hij groter dan {max} MiB, groter dan een kaart kan zijn";
        pack_total_too_large: "together with the snapshots before it, it unpacks to more than {max} MiB", "samen met de momentopnamen ervoor is hij uitgepakt groter dan {max} MiB";
        pack_not_text: "its unpacked content is not text", "de uitgepakte inhoud is geen tekst";
        pack_content: "its unpacked content is not a map at line {line}, column {column} ({message})", "de uitgepakte inhoud is geen kaart op regel {line}, kolom {column} ({message})";
        save_snapshots_take: "; its {n} snapshots take {snapshots} MiB of that", "; de {n} momentopnamen nemen daarvan {snapshots} MiB in";
        save_snapshots_take_one: "; its 1 snapshot takes {snapshots} MiB of that", "; de ene momentopname neemt daarvan {snapshots} MiB in";
        save_snapshot_unpacks_too_large: "one of its snapshots would unpack to {unpacked} MiB when the map is opened, more than the {max} MiB Klantreis accepts, so it was not written", "een van de momentopnamen zou bij het openen uitgepakt {unpacked} MiB worden, meer dan de {max} MiB die Klantreis accepteert, dus is de kaart niet geschreven";
        save_snapshots_unpack_too_large: "its snapshots would together unpack to {unpacked} MiB (with the photos they show) when the map is opened, more than the {max} MiB Klantreis accepts, so it was not written", "de momentopnamen zouden bij het openen samen uitgepakt {unpacked} MiB worden (met de foto's die ze tonen), meer dan de {max} MiB die Klantreis accepteert, dus is de kaart niet geschreven";
        load_snapshots_too_large: "Could not open \"{path}\": its snapshots together are too large to open (unpacked, with the photos they show, more than {max} MiB). The map itself is not damaged: open the backup, or delete old snapshots from the file in a text editor (each one's lines id, name, date and packed, with the brackets around them), then open the file again.{backup}", "Kan \"{path}\" niet openen: de momentopnamen samen zijn te groot om te openen (uitgepakt, met de foto's die ze tonen, meer dan {max} MiB). De kaart zelf is niet beschadigd: open de reservekopie, of verwijder in een teksteditor oude momentopnamen uit het bestand (per momentopname de regels id, name, date en packed, met de haakjes eromheen) en open het bestand daarna opnieuw.{backup}";
        save_delete_snapshots: "Delete old snapshots you no longer need (File > Snapshots…): then it will save.", "Verwijder oude momentopnamen die je niet meer nodig hebt (Bestand > Momentopnamen…): dan lukt het opslaan.";
        snapshot_cli_no_snapshots: "{path}: no snapshots.", "{path}: geen momentopnamen.";
        snapshot_cli_line_one: "{path}: snapshot {id} \"{name}\" of {date}: {n} step, {bytes} bytes in the file", "{path}: momentopname {id} \"{name}\" van {date}: {n} stap, {bytes} bytes in het bestand";
        snapshot_cli_line: "{path}: snapshot {id} \"{name}\" of {date}: {n} steps, {bytes} bytes in the file", "{path}: momentopname {id} \"{name}\" van {date}: {n} stappen, {bytes} bytes in het bestand";
        snapshot_cli_not_found: "{path}: there is no snapshot \"{wanted}\"; {known}.", "{path}: er is geen momentopname \"{wanted}\"; {known}.";
        snapshot_cli_none_kept: "it keeps no snapshots", "de kaart bewaart geen momentopnamen";
        snapshot_cli_kept: "its snapshots are {names}", "de momentopnamen zijn {names}";
        snapshot_cli_written: "{path}: snapshot \"{name}\" written to {out}.", "{path}: momentopname \"{name}\" geschreven naar {out}.";
        snapshot_cli_write_failed: "Could not write {out}: {error}. Choose a new file name (an existing file is never replaced).", "Kan {out} niet schrijven: {error}. Kies een nieuwe bestandsnaam (een bestaand bestand wordt nooit vervangen).";
        snapshot_cli_missing_photo: "{path}: warning: in snapshot {id}, \"{name}\", the photo of {persona} is not in the file; the snapshot is shown without it. Run `klantreis upgrade --repair` to stop this warning.", "{path}: let op: in momentopname {id}, \"{name}\", staat de foto van {persona} niet in het bestand; de momentopname wordt zonder die foto getoond. Voer `klantreis upgrade --repair` uit om deze waarschuwing weg te nemen.";
        recovery_unreadable: "A recovery copy of unsaved work could not be read, so it is not offered: {error} The copy is kept as \"{file}\" and never deleted by Klantreis; open it in a text editor to take out what you need, or keep it for a newer Klantreis.", "Een herstelkopie van niet-opgeslagen werk kon niet worden gelezen en wordt daarom niet aangeboden: {error} De kopie blijft bewaard als \"{file}\" en Klantreis verwijdert hem nooit; open hem in een teksteditor om eruit te halen wat je nodig hebt, of bewaar hem voor een nieuwere Klantreis.";
    }
}
