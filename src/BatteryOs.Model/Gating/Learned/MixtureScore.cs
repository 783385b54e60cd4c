namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// How well a scheme with fitted scales predicts held-out data: per-cycle loss RMSE on simulated packs, and
/// SoH-curve RMSE (predicted losses summed from each curve's start, floored at 0) on lab cells and on
/// packs, each the mean over curves of the curve's RMSE.
/// </summary>
/// <param name="Scheme">The scheme's name.</param>
/// <param name="LabCurveRmsePct">Lab cells' SoH-curve RMSE, % of rated capacity (NaN without lab cells).</param>
/// <param name="FleetLossRmsePct">Packs' per-cycle loss RMSE, % of nominal (NaN without packs).</param>
/// <param name="FleetCurveRmsePct">Packs' SoH-curve RMSE, % (NaN without packs).</param>
public sealed record MixtureScore(string Scheme, double LabCurveRmsePct, double FleetLossRmsePct,
    double FleetCurveRmsePct)
{
    /// <summary>Scores a scheme mixing <paramref name="experts"/> on <paramref name="curves"/>.</summary>
    public static MixtureScore Of(MixtureScheme scheme, ExpertPredictors experts,
        IReadOnlyList<RoutingTrajectory> curves)
    {
        var lab = new List<double>();
        var fleet = new List<double>();
        var fleetLossSquares = 0.0;
        var fleetLossCount = 0;
        foreach (var curve in curves)
        {
            var soh = curve.StartSohPct;
            var squares = 0.0;
            var points = 0;
            for (var i = 0; i < curve.Samples.Count; i++)
            {
                var sample = curve.Samples[i];
                var predicted = experts.PredictPct(scheme, sample);
                soh = Math.Max(0.0, soh - predicted);
                if (double.IsFinite(curve.MeasuredSohPct[i]))
                {
                    squares += (soh - curve.MeasuredSohPct[i]) * (soh - curve.MeasuredSohPct[i]);
                    points++;
                }

                if (!curve.IsLab && sample.IsObserved)
                {
                    fleetLossSquares += (predicted - sample.ObservedLossPct) * (predicted - sample.ObservedLossPct);
                    fleetLossCount++;
                }
            }

            (curve.IsLab ? lab : fleet).Add(points == 0 ? 0.0 : Math.Sqrt(squares / points));
        }

        return new MixtureScore(scheme.Name, lab.Count == 0 ? double.NaN : lab.Average(),
            fleetLossCount == 0 ? double.NaN : Math.Sqrt(fleetLossSquares / fleetLossCount),
            fleet.Count == 0 ? double.NaN : fleet.Average());
    }
}
