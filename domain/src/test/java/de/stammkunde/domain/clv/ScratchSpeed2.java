package de.stammkunde.domain.clv;

import org.junit.jupiter.api.Test;

class ScratchSpeed2 {
    @Test
    void speed() {
        BgNbdParameters truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        for (int rep = 0; rep < 3; rep++) {
            RfmData d = ScratchSpeed.simulate(truth, 100_000, 7 + rep);
            long t0 = System.nanoTime();
            BgNbdLikelihood all = BgNbdLikelihood.of(d);
            long t1 = System.nanoTime();
            BgNbdLikelihood s = all.sample(30_000);
            int[] count = {0};
            double c = s.customers();
            double[] start = {0, Math.log(all.meanAge() / all.meanFrequency()), 0, 0};
            double[] lo = {-14, start[1] - 16, -14, -14};
            double[] hi = {14, start[1] + 16, 14, 14};
            MaximumLikelihood.Result w = MaximumLikelihood.maximise(p -> s.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])) / c,
                    start, lo, hi, 1, 1e-3, 1000);
            long t2 = System.nanoTime();
            double ca = all.customers();
            MaximumLikelihood.Result f = MaximumLikelihood.maximise(p -> all.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])) / ca,
                    w.logParameters(), lo, hi, Double.parseDouble(System.getProperty("r0", "0.1")), Double.parseDouble(System.getProperty("r1", "1e-7")), 1000);
            long t3 = System.nanoTime();
            System.out.printf("of %.3f sample-fit %.3f (%d evals) full-fit %.3f (%d evals)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    w.evaluations(), (t3 - t2) / 1e9, f.evaluations());
            t0 = System.nanoTime();
            for (int i = 0; i < 50; i++) all.logLikelihood(0.24 + i * 1e-3, 4.4, 0.79, 2.4);
            System.out.printf("eval 100k %.3f ms%n", (System.nanoTime() - t0) / 50e6);
            t0 = System.nanoTime();
            BgNbdFit fit = BgNbdFitter.fit(d);
            System.out.printf("fit %.3f s %d%n", (System.nanoTime() - t0) / 1e9, fit.evaluations());
        }
    }
}
