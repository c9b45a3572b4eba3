package de.stammkunde.domain.clv;

import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class ScratchSe2 {
    @Test
    void se() {
        BgNbdParameters truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        double[] sumZ2 = new double[4];
        double[] sumZ = new double[4];
        int seeds = 40;
        for (long seed = 100; seed < 100 + seeds; seed++) {
            BgNbdSimulator sim = new BgNbdSimulator(seed);
            RfmData.Builder b = RfmData.builder();
            for (int i = 0; i < 10_000; i++) {
                BgNbdSimulator.Customer c = sim.customer(truth, sim.uniform(26, 78));
                b.add(c.x(), c.tx(), c.T());
            }
            RfmData d = b.build();
            BgNbdParameters p = BgNbdFitter.fit(d).parameters();
            BgNbdLikelihood.Derivatives der = BgNbdLikelihood.of(d).derivatives(p.r(), p.alpha(), p.a(), p.b());
            double[][] cov = MatrixUtils.inverse(MatrixUtils.createRealMatrix(der.hessian()).scalarMultiply(-1)).getData();
            double[] est = {p.r(), p.alpha(), p.a(), p.b()};
            double[] tru = {truth.r(), truth.alpha(), truth.a(), truth.b()};
            for (int i = 0; i < 4; i++) {
                double z = Math.log(est[i] / tru[i]) / Math.sqrt(cov[i][i]);
                sumZ[i] += z;
                sumZ2[i] += z * z;
            }
        }
        for (int i = 0; i < 4; i++) {
            System.out.printf("param %d mean z %.3f sd z %.3f%n", i, sumZ[i] / seeds, Math.sqrt(sumZ2[i] / seeds));
        }
    }
}
