//! The map's steps in time order: per journey the times of its steps,
//! sorted once, with its lowest and highest moment, and each phase's
//! average emotion per journey. Built once per revision of the map (the
//! canvas keeps it until an edit), so that a frame finds the steps on
//! screen by binary search instead of sorting and summing every step.

use super::{PhaseStarts, phase_starts, step_time};
use crate::model::{ExperimentStatus, JourneyId, Map, StepId};

/// What a frame needs of a step, kept beside the others in time order so
/// that placing the steps on screen reads memory in one sweep.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timed {
    /// Its time on the whole axis.
    pub time: f64,
    /// Its emotion.
    pub emotion: f64,
    /// The step.
    pub id: StepId,
    /// Its place in the journey's list of steps.
    pub index: usize,
}

/// One journey's steps in time order.
#[derive(Clone, Debug)]
pub struct JourneyOrder {
    /// The journey.
    pub id: JourneyId,
    /// Its steps, by time.
    pub order: Vec<Timed>,
    /// The lowest moment (a pain point), if any step.
    pub lowest: Option<StepId>,
    /// The highest moment (a highlight), if any step.
    pub highest: Option<StepId>,
}

impl JourneyOrder {
    /// The steps whose times are within `from..=to`, as a range of `order`.
    pub fn within(&self, from: f64, to: f64) -> std::ops::Range<usize> {
        let start = self.order.partition_point(|s| s.time < from);
        let end = self.order.partition_point(|s| s.time <= to);
        start..end.max(start)
    }
}

/// A running experiment, found once per revision of the map: where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Running {
    /// Its journey.
    pub journey: JourneyId,
    /// Its step's place in the journey's list of steps.
    pub step: usize,
    /// Its place in the step's list of experiments.
    pub experiment: usize,
}

impl Running {
    /// The experiment in `map` (the map the index was built from).
    pub fn get<'a>(&self, map: &'a Map) -> Option<&'a crate::model::Experiment> {
        map.journey(self.journey)?
            .steps
            .get(self.step)?
            .experiments
            .get(self.experiment)
    }
}

/// The map's steps in time order, and the phases' averages.
#[derive(Debug)]
pub struct Index {
    /// Where each phase starts.
    pub starts: PhaseStarts,
    /// Per journey, in the map's order.
    pub journeys: Vec<JourneyOrder>,
    /// Per phase (in the map's order), each journey's sum of emotions and
    /// count of steps there, in the map's order of journeys.
    pub sums: Vec<Vec<(f64, usize)>>,
    /// Per phase (in the map's order), its running experiments, in the
    /// map's order of journeys and steps.
    pub running: Vec<Vec<Running>>,
    /// What the index was built from, to tell it does not fit another map.
    shape: Vec<(JourneyId, usize)>,
}

impl Index {
    /// Sorts and sums the map's steps.
    pub fn of(map: &Map) -> Self {
        Self::after(map, None)
    }

    /// Sorts and sums the map's steps, visiting each journey's steps in
    /// the order `previous` had them (an index of the map before an edit):
    /// after a drag or a nudge they are nearly in order, which the sort
    /// runs through in about one sweep.
    pub fn after(map: &Map, previous: Option<&Index>) -> Self {
        let starts = phase_starts(map);
        let mut sums = vec![vec![(0.0, 0usize); map.journeys.len()]; map.phases.len()];
        let mut running: Vec<Vec<Running>> = vec![Vec::new(); map.phases.len()];
        let journeys = map
            .journeys
            .iter()
            .enumerate()
            .map(|(j, journey)| {
                // The sums in the journey's own order, so they come out
                // the same to the last digit however the steps are visited.
                for (step, s) in journey.steps.iter().enumerate() {
                    if let Some((p, _, _)) = starts.get(s.phase) {
                        let sum = &mut sums[p][j];
                        sum.0 += s.emotion;
                        sum.1 += 1;
                        let tests = s.experiments.iter().enumerate();
                        running[p].extend(
                            tests
                                .filter(|(_, e)| e.status == ExperimentStatus::Running)
                                .map(|(experiment, _)| Running {
                                    journey: journey.id,
                                    step,
                                    experiment,
                                }),
                        );
                    }
                }
                let mut order = Vec::with_capacity(journey.steps.len());
                let (mut lowest, mut highest) = (None::<usize>, None::<usize>);
                let before = previous
                    .and_then(|p| p.journeys.get(j))
                    .filter(|p| p.id == journey.id && p.order.len() == journey.steps.len());
                let visits: Box<dyn Iterator<Item = usize>> = match before {
                    Some(p) => Box::new(p.order.iter().map(|t| t.index)),
                    None => Box::new(0..journey.steps.len()),
                };
                for index in visits {
                    let Some(s) = journey.steps.get(index) else {
                        continue;
                    };
                    let Some(time) = step_time(s, &starts) else {
                        continue;
                    };
                    order.push(Timed {
                        time,
                        emotion: s.emotion,
                        id: s.id,
                        index,
                    });
                    // Of equal moments, the first in the journey's list,
                    // whatever order they are visited in.
                    let e = |i: usize| journey.steps[i].emotion;
                    if lowest.is_none_or(|l| s.emotion < e(l) || (s.emotion == e(l) && index < l)) {
                        lowest = Some(index);
                    }
                    if highest.is_none_or(|h| s.emotion > e(h) || (s.emotion == e(h) && index < h))
                    {
                        highest = Some(index);
                    }
                }
                order.sort_by(|a, b| a.time.total_cmp(&b.time).then(a.index.cmp(&b.index)));
                JourneyOrder {
                    id: journey.id,
                    order,
                    lowest: lowest.map(|i| journey.steps[i].id),
                    highest: highest.map(|i| journey.steps[i].id),
                }
            })
            .collect();
        Self {
            starts,
            journeys,
            sums,
            running,
            shape: shape(map),
        }
    }

    /// Whether the index was built from a map with these journeys, steps
    /// and phases (a cheap guard, not a proof: an edit must still drop it).
    pub fn fits(&self, map: &Map) -> bool {
        self.sums.len() == map.phases.len()
            && self.shape.len() == map.journeys.len()
            && self
                .shape
                .iter()
                .zip(&map.journeys)
                .all(|((id, n), j)| *id == j.id && *n == j.steps.len())
    }

    /// The steps of a journey in time order.
    pub fn journey(&self, id: JourneyId) -> Option<&JourneyOrder> {
        self.journeys.iter().find(|j| j.id == id)
    }
}

fn shape(map: &Map) -> Vec<(JourneyId, usize)> {
    map.journeys.iter().map(|j| (j.id, j.steps.len())).collect()
}

/// The index of one map, kept until the map changes: the canvas holds one
/// and hands it the key of the map it draws (the document and the
/// revision of its history).
#[derive(Debug)]
pub struct Cache<K> {
    held: Option<(K, std::sync::Arc<Index>)>,
}

impl<K> Default for Cache<K> {
    fn default() -> Self {
        Self { held: None }
    }
}

impl<K: PartialEq + Copy> Cache<K> {
    /// The index of `map`, built again only when `key` differs from the
    /// last one's (or the map plainly is not the one indexed). Without a
    /// key, every call builds afresh.
    pub fn get(&mut self, map: &Map, key: Option<K>) -> std::sync::Arc<Index> {
        if let (Some(key), Some((held, index))) = (key, &self.held)
            && *held == key
            && index.fits(map)
        {
            return std::sync::Arc::clone(index);
        }
        // After an edit the steps are sorted from the order they had.
        let previous = self.held.take().map(|(_, index)| index);
        let previous = previous.filter(|p| p.journeys.len() == map.journeys.len());
        let index = std::sync::Arc::new(Index::after(map, previous.as_deref()));
        self.held = key.map(|key| (key, std::sync::Arc::clone(&index)));
        index
    }

    /// Drops the index held.
    pub fn clear(&mut self) {
        self.held = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{MapSize, generated_map};

    fn map() -> Map {
        generated_map(MapSize {
            steps: 300,
            journeys: 3,
            personas: 0,
            content: 0,
            text_len: 5,
            photo_bytes: 0,
        })
    }

    #[test]
    fn every_journeys_steps_are_in_time_order_and_all_there() {
        let map = map();
        let index = Index::of(&map);
        let starts = phase_starts(&map);
        for (order, journey) in index.journeys.iter().zip(&map.journeys) {
            assert_eq!(order.order.len(), journey.steps.len());
            assert!(order.order.windows(2).all(|w| w[0].time <= w[1].time));
            for s in &order.order {
                let step = &journey.steps[s.index];
                assert_eq!(step_time(step, &starts), Some(s.time));
                assert_eq!((step.id, step.emotion), (s.id, s.emotion));
            }
        }
    }

    #[test]
    fn the_steps_within_a_time_span_are_found_by_search() {
        let map = map();
        let index = Index::of(&map);
        let order = &index.journeys[0];
        let (from, to) = (order.order[10].time, order.order[40].time);
        let range = order.within(from, to);
        let by_scan = order
            .order
            .iter()
            .filter(|s| (from..=to).contains(&s.time))
            .count();
        assert_eq!(range.len(), by_scan);
        assert!(order.within(1e9, 2e9).is_empty());
    }

    #[test]
    fn sorting_from_the_order_before_an_edit_gives_the_same_index() {
        let mut map = map();
        let before = Index::of(&map);
        map.journeys[1].steps[7].at = 0.99;
        map.journeys[1].steps[8].emotion = -3.0;
        let fresh = Index::of(&map);
        let again = Index::after(&map, Some(&before));
        for (a, b) in fresh.journeys.iter().zip(&again.journeys) {
            assert_eq!(a.order, b.order);
            assert_eq!((a.lowest, a.highest), (b.lowest, b.highest));
        }
        assert_eq!(fresh.sums, again.sums);
    }

    #[test]
    fn the_running_experiments_are_found_per_phase_and_no_others() {
        use crate::model::{Experiment, Lane};
        let mut map = map();
        let step = &mut map.journeys[1].steps[4];
        let phase = step.phase;
        for status in [ExperimentStatus::Running, ExperimentStatus::Won] {
            let mut test = Experiment::new(step, Lane::Opportunities, "x");
            test.status = status;
            step.experiments.push(test);
        }
        let index = Index::of(&map);
        let (p, _, _) = index.starts.get(phase).expect("the phase");
        let all: Vec<&Running> = index.running.iter().flatten().collect();
        assert_eq!(all.len(), 1);
        assert_eq!(index.running[p].len(), 1);
        let found = index.running[p][0].get(&map).expect("the experiment");
        assert_eq!(found.status, ExperimentStatus::Running);
        assert_eq!(index.running[p][0].journey, map.journeys[1].id);
    }

    #[test]
    fn the_cache_builds_again_for_a_new_key_or_another_map() {
        let mut map = map();
        let mut cache = Cache::<(u64, u64)>::default();
        let first = cache.get(&map, Some((1, 1)));
        assert!(std::sync::Arc::ptr_eq(
            &first,
            &cache.get(&map, Some((1, 1)))
        ));
        assert!(!std::sync::Arc::ptr_eq(
            &first,
            &cache.get(&map, Some((1, 2)))
        ));
        let kept = cache.get(&map, Some((1, 2)));
        map.journeys[0].steps.pop();
        let rebuilt = cache.get(&map, Some((1, 2)));
        assert!(!std::sync::Arc::ptr_eq(&kept, &rebuilt));
        assert_eq!(rebuilt.journeys[0].order.len(), map.journeys[0].steps.len());
    }
}
