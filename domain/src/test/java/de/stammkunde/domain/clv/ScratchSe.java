package de.stammkunde.domain.clv;

import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class ScratchSe {
    @Test
    void se() {
        BgNbdParameters[] sets = {new BgNbdParameters(0.243, 4.414, 0.793, 2.426), new BgNbdParameters(0.8, 10, 0.5, 3)};
        for (BgNbdParameters truth : sets) {
            for (long seed = 1; seed <= 4; seed++) {
                BgNbdSimulator sim = new BgNbdSimulator(seed);
                RfmData.Builder b = RfmData.builder();
                for (int i = 0; i < 30_000; i++) {
                    BgNbdSimulator.Customer c = sim.customer(truth, sim.uniform(26, 78));
                    b.add(c.x(), c.tx(), c.T());
                }
                RfmData d = b.build();
                BgNbdFit fit = BgNbdFitter.fit(d);
                BgNbdParameters p = fit.parameters();
                BgNbdLikelihood.Derivatives der = BgNbdLikelihood.of(d).derivatives(p.r(), p.alpha(), p.a(), p.b());
                double[][] cov = MatrixUtils.inverse(MatrixUtils.createRealMatrix(der.hessian()).scalarMultiply(-1)).getData();
                double[] est = {p.r(), p.alpha(), p.a(), p.b()};
                double[] tru = {truth.r(), truth.alpha(), truth.a(), truth.b()};
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    sb.append(String.format("  %.4f (true %.3f, rel %+.3f, se %.3f, z %+.2f)", est[i], tru[i], est[i] / tru[i] - 1,
                            Math.sqrt(cov[i][i]), Math.log(est[i] / tru[i]) / Math.sqrt(cov[i][i])));
                }
                System.out.printf("seed %d conv %s evals %d EX52 rel %+.4f%s%n", seed, fit.converged(), fit.evaluations(),
                        p.expectedRepeatPurchases(52) / truth.expectedRepeatPurchases(52) - 1, sb);
            }
        }
    }
}
