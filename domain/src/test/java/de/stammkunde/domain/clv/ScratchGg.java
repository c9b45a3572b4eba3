package de.stammkunde.domain.clv;

import org.junit.jupiter.api.Test;

class ScratchGg {
    @Test
    void gg() {
        GammaGammaParameters truth = new GammaGammaParameters(6.25, 3.74, 15.44);
        BgNbdParameters bg = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        for (int n : new int[] {30_000, 30_000, 30_000, 100_000, 1_000_000}) {
            BgNbdSimulator sim = new BgNbdSimulator(n + System.nanoTime() % 7);
            int[] x = new int[n];
            double[] m = new double[n];
            long[] w = new long[n];
            for (int i = 0; i < n; i++) {
                BgNbdSimulator.Customer c = sim.customer(bg, sim.uniform(26, 78));
                x[i] = c.x();
                w[i] = 1;
                if (c.x() > 0) {
                    m[i] = sim.meanValue(truth, sim.nu(truth), c.x());
                }
            }
            long t0 = System.nanoTime();
            GammaGammaFit fit = GammaGammaFitter.fit(x, m, w, n);
            System.out.printf("n=%d fitted %d %.3f s evals %d conv %s %s popmean %.3f (true %.3f)%n", n, fit.customers(),
                    (System.nanoTime() - t0) / 1e9, fit.evaluations(), fit.converged(), fit.parameters(),
                    fit.parameters().populationMeanValue(), truth.populationMeanValue());
        }
    }
}
