import Foundation

/// How the model's OpenMP threads wait between the steps of an embedding, set in the
/// environment by each program's `main` before any thread starts (libgomp reads it once, when it
/// is loaded; `setenv` beside threads that read the environment is a data race).
public enum OpenMPEnvironment {
    /// OpenMP's threads spin a short while (100,000 turns, well under a millisecond) before they
    /// sleep, unless the environment says otherwise: `OMP_WAIT_POLICY=active` with
    /// `GOMP_SPINCOUNT=100000` gave /api/search p99 15-16 ms against 28-39 ms when they slept at
    /// once (passive), and libgomp's own default spins so long that a loaded machine slowed an
    /// embedding from 30 to 520 ms; beside two busy processes the short spin was as good as
    /// passive (docs/soegning.md). An operator's own `OMP_WAIT_POLICY` is kept.
    public static func prepare() {
        guard getenv("OMP_WAIT_POLICY") == nil else { return }
        setenv("OMP_WAIT_POLICY", "active", 1)
        setenv("GOMP_SPINCOUNT", "100000", 0)
    }
}
