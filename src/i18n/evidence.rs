//! The words of evidence and experiments, in English and Dutch.

use super::{Language, fill};
use crate::model::{ClaimProblem, ClaimRepair, Evidence, ExperimentStatus};

crate::strings! {
    /// Evidence behind claims, and experiments.
    pub struct Texts {
        evidence: "Evidence", "Onderbouwing";
        assumed: "Assumed", "Aangenomen";
        research: "Research", "Onderzoek";
        measured: "Measured", "Gemeten";
        source: "Source", "Bron";
        source_hint: "e.g. 6 interviews, March 2027", "bijv. 6 interviews, maart 2027";
        step_evidence: "Where this step comes from", "Waar deze stap vandaan komt";
        item_evidence: "Evidence of the lane items", "Onderbouwing van de items";
        no_items: "This step has no lane items yet.", "Deze stap heeft nog geen items.";
        backed_share: "Backed claims: {backed} of {all} ({percent} %)", "Onderbouwde claims: {backed} van {all} ({percent} %)";
        backed_none: "No claims in this phase yet.", "Nog geen claims in deze fase.";
        tint: "Tint by evidence", "Kleuren naar onderbouwing";
        legend: "Evidence", "Onderbouwing";
        experiments: "Experiments", "Experimenten";
        experiment: "Experiment", "Experiment";
        add_experiment: "+ Experiment", "+ Experiment";
        add_experiment_on: "Add an experiment on \"{item}\"", "Experiment toevoegen op \"{item}\"";
        no_experiments: "No experiments yet: add one under a pain point or an opportunity above.", "Nog geen experimenten: voeg er een toe onder een pijnpunt of kans hierboven.";
        remove_experiment: "Remove experiment", "Experiment verwijderen";
        on_item: "On: {item}", "Op: {item}";
        hypothesis: "Hypothesis", "Hypothese";
        hypothesis_hint: "Changing the button to 'Nu bestellen' raises conversion by 5 %", "De knop 'Nu bestellen' verhoogt de conversie met 5 %";
        kpi: "KPI to move", "Te verbeteren KPI";
        kpi_none: "(none)", "(geen)";
        kpi_not_in_phase: "\"{kpi}\" is not a KPI of this step's phase; add it to the phase or pick another.", "\"{kpi}\" is geen KPI van de fase van deze stap; voeg hem toe aan de fase of kies een andere.";
        variant_a: "A (now)", "A (nu)";
        variant_b: "B (tried)", "B (getest)";
        starts: "Starts", "Begint";
        ends: "Ends", "Eindigt";
        date_hint: "Type the date as YYYY-MM-DD, e.g. 2027-03-01.", "Typ de datum als JJJJ-MM-DD, bijv. 2027-03-01.";
        status: "Status", "Status";
        result: "Result", "Resultaat";
        dates_wrong: "It ends before it starts: pick an end on or after the start.", "Het eindigt voordat het begint: kies een einde op of na het begin.";
        idea: "Idea", "Idee";
        running: "Running", "Loopt";
        won: "Won", "Gewonnen";
        lost: "Lost", "Verloren";
        inconclusive: "Inconclusive", "Onbeslist";
        running_count: "Running experiments: {n}", "Lopende experimenten: {n}";
        experiment_starts: "Experiment starts: {hypothesis}", "Experiment begint: {hypothesis}";
        experiment_ends: "Experiment ends: {hypothesis}", "Experiment eindigt: {hypothesis}";
        experiments_in_calendar: "Experiments in this month", "Experimenten deze maand";
        experiments_in_week: "Experiments this week", "Experimenten deze week";
        problem_loose_claim: "Step \"{step}\" has evidence for \"{item}\", which is not in its lanes.", "Stap \"{step}\" heeft onderbouwing voor \"{item}\", dat niet in zijn rijen staat.";
        problem_loose_experiment: "Step \"{step}\" has an experiment on \"{item}\", which is not among its pain points or opportunities.", "Stap \"{step}\" heeft een experiment op \"{item}\", dat niet bij zijn knelpunten of kansen staat.";
        problem_experiment_dates: "The experiment \"{hypothesis}\" of step \"{step}\" ends on {end}, before it starts on {start}.", "Het experiment \"{hypothesis}\" van stap \"{step}\" eindigt op {end}, voordat het begint op {start}.";
        problem_experiment_id: "Two experiments of step \"{step}\" share the id {id}; ids must be unique.", "Twee experimenten van stap \"{step}\" hebben hetzelfde id {id}; id's moeten uniek zijn.";
        repair_item_restored: "Step \"{step}\" got \"{item}\" back in its lanes (its evidence or experiment was still there).", "Stap \"{step}\" kreeg \"{item}\" terug in zijn rijen (de onderbouwing of het experiment was er nog).";
        repair_end_removed: "The experiment \"{hypothesis}\" of step \"{step}\" lost its end date (it was before the start).", "Het experiment \"{hypothesis}\" van stap \"{step}\" heeft geen einddatum meer (die lag vóór het begin).";
        repair_new_id: "An experiment of step \"{step}\" got the new id {id} (its id was taken).", "Een experiment van stap \"{step}\" kreeg het nieuwe id {id} (het oude id was al in gebruik).";
    }
}

/// The name of a kind of evidence.
pub fn evidence_name(kind: Evidence) -> &'static str {
    let t = t();
    match kind {
        Evidence::Assumed => t.assumed,
        Evidence::Research => t.research,
        Evidence::Measured => t.measured,
    }
}

/// The name of an experiment's status.
pub fn status_name(status: ExperimentStatus) -> &'static str {
    let t = t();
    match status {
        ExperimentStatus::Idea => t.idea,
        ExperimentStatus::Running => t.running,
        ExperimentStatus::Won => t.won,
        ExperimentStatus::Lost => t.lost,
        ExperimentStatus::Inconclusive => t.inconclusive,
    }
}

/// A problem of evidence or experiments as a sentence.
pub fn problem_text(problem: &ClaimProblem, language: Language) -> String {
    let t = Texts::get(language);
    match problem {
        ClaimProblem::LooseClaim { title, item, .. } => {
            fill(t.problem_loose_claim, &[("step", title), ("item", item)])
        }
        ClaimProblem::LooseExperiment { title, item, .. } => fill(
            t.problem_loose_experiment,
            &[("step", title), ("item", item)],
        ),
        ClaimProblem::ExperimentDates {
            title,
            hypothesis,
            start,
            end,
            ..
        } => fill(
            t.problem_experiment_dates,
            &[
                ("hypothesis", hypothesis),
                ("step", title),
                ("end", end),
                ("start", start),
            ],
        ),
        ClaimProblem::ExperimentId { title, id, .. } => {
            fill(t.problem_experiment_id, &[("step", title), ("id", id)])
        }
    }
}

/// A repair of evidence or experiments as a sentence.
pub fn repair_text(repair: &ClaimRepair, language: Language) -> String {
    let t = Texts::get(language);
    match repair {
        ClaimRepair::ItemRestored { title, item } => {
            fill(t.repair_item_restored, &[("step", title), ("item", item)])
        }
        ClaimRepair::EndRemoved { title, hypothesis } => fill(
            t.repair_end_removed,
            &[("hypothesis", hypothesis), ("step", title)],
        ),
        ClaimRepair::NewId { title, id } => fill(t.repair_new_id, &[("step", title), ("id", id)]),
    }
}
