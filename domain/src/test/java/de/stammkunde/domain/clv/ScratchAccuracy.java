package de.stammkunde.domain.clv;

import org.junit.jupiter.api.Test;

class ScratchAccuracy {
    @Test
    void print() {
        double[] alphas = {0.1, 0.05, 0.02, 0.01, 0.005, 0.001, 0.0001};
        double[][] ref = {
                {28.095740198483322533, 3.9797140091475201603, 78.919395364431291563},
                {35.743237096916584522, 4.1524474041507897021, 98.469322230661747799},
                {48.674798960002103371, 4.3400344912586270116, 131.41477786618662395},
                {61.138096555364207883, 4.4555123042076983317, 163.09984702662955077},
                {76.500319005576180098, 4.5517769120036105842, 202.10895085332127486},
                {127.34304377234283404, 4.7166214824907650918, 331.06582679082762636},
                {259.58008147242395081, 4.8546570696917227785, 666.20279394608446165}};
        for (int i = 0; i < alphas.length; i++) {
            double e1 = new BgNbdParameters(0.3, alphas[i], 0.7, 2).expectedRepeatPurchases(520);
            double e2 = new BgNbdParameters(0.3, alphas[i], 1.5, 2).expectedRepeatPurchases(520);
            double e3 = new BgNbdParameters(2.5, alphas[i], 0.7, 2).expectedRepeatPurchases(520);
            System.out.printf("alpha %g 1-z %.2e: %.2e %.2e %.2e%n", alphas[i], alphas[i] / (520 + alphas[i]),
                    e1 / ref[i][0] - 1, e2 / ref[i][1] - 1, e3 / ref[i][2] - 1);
        }
        double[] om = {1e-3, 1e-4, 3e-5, 1e-5, 1e-6};
        double[] r1 = {1.5200383246553254852, 1.5298005088774134858, 1.5312880392069235558, 1.5319063245852550877,
                1.5323424586264736049};
        for (int i = 0; i < om.length; i++) {
            double z = 1 - om[i];
            Hypergeometric.Sum s = Hypergeometric.series(1, 0, 0.5, 0.7, 1.9, z);
            System.out.printf("2F1 1-z %.0e: %.2e terms %d%n", om[i], Hypergeometric.hyp2f1(0.5, 0.7, 1.9, z) / r1[i] - 1,
                    s.terms());
        }
        long t0 = System.nanoTime();
        double x = 0;
        for (int i = 0; i < 100; i++) {
            x += Hypergeometric.hyp2f1(0.5, 0.7, 1.9, 1 - 1e-6);
        }
        System.out.printf("capped call %.3f ms %s%n", (System.nanoTime() - t0) / 1e8, x);
    }
}
