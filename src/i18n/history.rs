//! What an undo step did, in words: the Edit menu's "Undo: move step
//! 'Checks reviews'", its tooltip and the message after undoing.

crate::strings! {
    /// What an undo step did, in words.
    pub struct Texts {
        undo_named: "Undo: {what}", "Ongedaan maken: {what}";
        redo_named: "Redo: {what}", "Opnieuw: {what}";
        undone: "Undone: {what}", "Ongedaan gemaakt: {what}";
        redone: "Done again: {what}", "Opnieuw gedaan: {what}";
        nothing_to_undo: "Nothing to undo", "Niets om ongedaan te maken";
        nothing_to_redo: "Nothing to redo", "Niets om opnieuw te doen";
        move_step: "move step '{name}'", "stap '{name}' verplaatsen";
        move_steps: "move {count} steps", "{count} stappen verplaatsen";
        rename_step: "rename step '{name}'", "stap '{name}' hernoemen";
        edit_step: "edit step '{name}'", "stap '{name}' bewerken";
        edit_steps: "edit {count} steps", "{count} stappen bewerken";
        add_step: "add step '{name}'", "stap '{name}' toevoegen";
        delete_step: "delete step '{name}'", "stap '{name}' verwijderen";
        delete_steps: "delete {count} steps", "{count} stappen verwijderen";
        rename_phase: "rename phase '{name}'", "fase '{name}' hernoemen";
        edit_phase: "edit phase '{name}'", "fase '{name}' bewerken";
        add_phase: "add phase '{name}'", "fase '{name}' toevoegen";
        delete_phase: "delete phase '{name}'", "fase '{name}' verwijderen";
        move_phase: "move a phase", "een fase verplaatsen";
        edit_journey: "edit journey '{name}'", "klantreis '{name}' bewerken";
        add_journey: "add journey '{name}'", "klantreis '{name}' toevoegen";
        delete_journey: "delete journey '{name}'", "klantreis '{name}' verwijderen";
        edit_content: "edit content '{name}'", "content '{name}' bewerken";
        add_content: "add content '{name}'", "content '{name}' toevoegen";
        delete_content: "delete content '{name}'", "content '{name}' verwijderen";
        edit_persona: "edit persona '{name}'", "persona '{name}' bewerken";
        add_persona: "add persona '{name}'", "persona '{name}' toevoegen";
        delete_persona: "delete persona '{name}'", "persona '{name}' verwijderen";
        move_persona: "move a persona", "een persona verplaatsen";
        edit_map_title: "edit the map's title", "de titel van de kaart bewerken";
        edit_map_goal: "edit the map's goal", "het doel van de kaart bewerken";
        edit_map_description: "edit the map's description", "de beschrijving van de kaart bewerken";
        edit_snapshots: "change the snapshots", "de momentopnamen wijzigen";
        replace_map: "change the whole map", "de hele kaart wijzigen";
        several_changes: "{count} changes", "{count} wijzigingen";
    }
}
