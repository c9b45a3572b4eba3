package de.stammkunde.domain.clv;

import org.junit.jupiter.api.Test;

class ScratchStages {
    @Test
    void stages() {
        BgNbdParameters truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        RfmData d = ScratchSpeed.simulate(truth, 1_000_000, 11);
        BgNbdLikelihood all = BgNbdLikelihood.of(d);
        String[] configs = System.getProperty("configs").split(";");
        for (int rep = 0; rep < 2; rep++) {
            for (String config : configs) {
                // config: rows:r0:r1,rows:r0:r1,...
                double[] start = {0, Math.log(all.meanAge() / all.meanFrequency()), 0, 0};
                double[] lo = {-14, start[1] - 16, -14, -14};
                double[] hi = {14, start[1] + 16, 14, 14};
                StringBuilder out = new StringBuilder(config + " -> ");
                long t0 = System.nanoTime();
                long rowEvals = 0;
                MaximumLikelihood.Result res = null;
                for (String stage : config.split(",")) {
                    String[] f = stage.split(":");
                    BgNbdLikelihood l = all.sample(Integer.parseInt(f[0]));
                    double c = l.customers();
                    res = MaximumLikelihood.maximise(p -> l.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])) / c,
                            start, lo, hi, Double.parseDouble(f[1]), Double.parseDouble(f[2]), 2000);
                    start = res.logParameters();
                    rowEvals += (long) res.evaluations() * l.rows();
                    out.append(res.evaluations()).append(" ");
                }
                double[] p = res.logParameters();
                System.out.printf("%s rowEvals %.1fM wall %.2f s params %.6f %.6f %.6f %.6f%n", out, rowEvals / 1e6,
                        (System.nanoTime() - t0) / 1e9, Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
            }
        }
    }
}
