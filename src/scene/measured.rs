//! Measured next to perceived: each journey's survey scores as a second
//! curve through the same viewport, and each phase band's on-target /
//! off-target marks for its KPIs. Built from the canvas already laid out,
//! so the cost is the steps on screen, never the whole map.

use egui::emath::{Pos2, pos2};

use super::{Canvas, PHASE_HEADER, y_of};
use crate::model::{JourneyId, Map, OnTarget, Rgb, StepId};

/// One step's measured emotion on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasuredPoint {
    /// The step.
    pub id: StepId,
    /// Where the measured emotion is (the step's time, the measured height).
    pub pos: Pos2,
    /// Where the perceived emotion is (the step's own point).
    pub perceived: Pos2,
    /// How many customers answered.
    pub respondents: u32,
}

/// A journey's measured curve: dashed, through its surveyed steps.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasuredCurve {
    /// The journey.
    pub id: JourneyId,
    /// Its colour.
    pub color: Rgb,
    /// Its surveyed steps on screen, in time order.
    pub points: Vec<MeasuredPoint>,
}

/// The measured curves of the canvas's journeys that have survey scores on
/// screen. Aggregated (too dense) curves get none.
pub fn measured_curves(map: &Map, canvas: &Canvas) -> Vec<MeasuredCurve> {
    canvas
        .curves
        .iter()
        .filter(|c| !c.aggregated())
        .filter_map(|curve| {
            let journey = map.journey(curve.id)?;
            let points: Vec<MeasuredPoint> = curve
                .points
                .iter()
                .filter_map(|p| {
                    let step = journey.steps.get(p.index).filter(|s| s.id == p.id)?;
                    let measured = step.measured()?;
                    Some(MeasuredPoint {
                        id: p.id,
                        pos: pos2(p.pos.x, y_of(measured.emotion, canvas.plot)),
                        perceived: p.pos,
                        respondents: measured.respondents,
                    })
                })
                .collect();
            (!points.is_empty()).then_some(MeasuredCurve {
                id: curve.id,
                color: curve.color,
                points,
            })
        })
        .collect()
}

/// A KPI's on-target / off-target mark in its phase's header.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiMark {
    /// The mark's centre.
    pub pos: Pos2,
    /// On or off target.
    pub on: OnTarget,
    /// The KPI's name.
    pub kpi: String,
}

/// The radius of a KPI mark.
pub const KPI_MARK_RADIUS: f32 = 4.0;

/// The marks of every KPI with a measurement and a target, in a row at the
/// bottom right of its phase's header.
pub fn kpi_marks(map: &Map, canvas: &Canvas) -> Vec<KpiMark> {
    let mut marks = Vec::new();
    for band in &canvas.bands {
        let Some(phase) = map.phase(band.id) else {
            continue;
        };
        let y = band.rect.top() + PHASE_HEADER - 8.0;
        let mut x = band.rect.right() - 8.0;
        for kpi in phase.kpis.iter().rev() {
            let Some(on) = kpi.on_target() else {
                continue;
            };
            if x - KPI_MARK_RADIUS < band.rect.left() + 4.0 {
                break;
            }
            marks.push(KpiMark {
                pos: pos2(x, y),
                on,
                kpi: kpi.name.clone(),
            });
            x -= KPI_MARK_RADIUS * 2.0 + 4.0;
        }
    }
    marks
}
