package de.stammkunde.api.value;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.acquisition.ManageChannels;
import de.stammkunde.domain.acquisition.RecordSpend;
import de.stammkunde.domain.history.RunImport;
import de.stammkunde.domain.history.StartImport;
import de.stammkunde.domain.value.ScoreCustomers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.random.RandomDataGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: the bakery's till history from before the loyalty programme — three years of sales of customers known by
 * their till card number — comes in through the history import (as a shop would bring it), with marketing spend per
 * channel (two channels of the shop's own: flyers and the weekly market), and a lifetime-value run, so the owner's
 * dashboard is alive on first start. The history follows the BG/NBD story (customers buy at their own rate and leave
 * after some purchase), so the model has something true to find.
 */
@Component
@Profile("demo")
class ValueDemo implements DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(ValueDemo.class);
    private static final String[] CHANNELS = {"IN_STORE", "IN_STORE", "IN_STORE", "IN_STORE", "REFERRAL", "EVENT",
        "SOCIAL_MEDIA", "ADVERTISING", "Flyer", "Flyer", "Wochenmarkt", "Wochenmarkt", "WEBSITE"};

    private final ManageChannels channels;
    private final RecordSpend spend;
    private final StartImport startImport;
    private final RunImport runImport;
    private final ScoreCustomers scoring;
    private final Transactions tx;
    private final int customers;

    ValueDemo(ManageChannels channels, RecordSpend spend, StartImport startImport, RunImport runImport,
              ScoreCustomers scoring, Transactions tx, @Value("${stammkunde.demo.till-customers:1500}") int customers) {
        this.channels = channels;
        this.spend = spend;
        this.startImport = startImport;
        this.runImport = runImport;
        this.scoring = scoring;
        this.tx = tx;
        this.customers = customers;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void seed(DemoShop demo) {
        var shop = demo.shop().id();
        tx.write(() -> channels.add(shop, "Flyer", demo.owner()));
        tx.write(() -> channels.add(shop, "Wochenmarkt", demo.owner()));
        RandomDataGenerator random = new RandomDataGenerator(20261130L);
        YearMonth now = YearMonth.from(demo.today());
        List<RecordSpend.Cell> cells = new ArrayList<>();
        for (int m = 0; m < 36; m++) {
            String month = now.minusMonths(m).toString();
            cells.add(new RecordSpend.Cell("ADVERTISING", month, amount(120 + random.nextInt(120))));
            cells.add(new RecordSpend.Cell("SOCIAL_MEDIA", month, amount(40 + random.nextInt(60))));
            cells.add(new RecordSpend.Cell("FLYER", month, amount(60 + random.nextInt(50))));
            cells.add(new RecordSpend.Cell("WOCHENMARKT", month, amount(m % 12 < 6 ? 90 : 45)));
            if (m % 4 == 0) {
                cells.add(new RecordSpend.Cell("EVENT", month, amount(250 + random.nextInt(200))));
            }
        }
        tx.write(() -> spend.record(shop, cells, demo.owner()));

        byte[] file = history(demo.today(), random).getBytes(StandardCharsets.UTF_8);
        var job = tx.write(() -> startImport.start(shop, "kasse-export-2023-2026.csv",
                new ByteArrayInputStream(file), false, demo.owner()));
        // the import worker may take it too; either way it runs once
        while (runImport.runNext().isPresent()) {
            // drain the queue (the demo's own job and nothing else is waiting on a fresh database)
        }
        scoring.request(shop, demo.owner());
        while (scoring.runNext().isPresent()) {
            // the lifetime values of the demo shop
        }
        log.info("Demo history: {} bytes of till history imported as job {}, lifetime values computed",
                file.length, job.id());
    }

    /** Three years of till sales: customers join over time, buy at their own rate, and leave after some purchase. */
    private String history(LocalDate today, RandomDataGenerator random) {
        StringBuilder out = new StringBuilder("customer_ref;purchased_at;amount;channel\n");
        int days = 3 * 365;
        LocalDate start = today.minusDays(days);
        for (int c = 1; c <= customers; c++) {
            double lambda = random.nextGamma(0.9, 1) / 3.5; // purchases per week
            double dropout = random.nextBeta(1.2, 5);
            int first = random.nextInt(days - 7);
            double basket = 6 + random.nextGamma(3, 1) * 2.5; // euros
            String ref = String.format(Locale.ROOT, "KARTE-%05d", c);
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            append(out, ref, start.plusDays(first), basket * (0.6 + 0.8 * random.nextDouble()), channel);
            double t = first / 7.0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t * 7 >= days) {
                    break;
                }
                append(out, ref, start.plusDays((long) (t * 7)), basket * (0.6 + 0.8 * random.nextDouble()), "");
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String ref, LocalDate day, double amount, String channel) {
        // as a German till exports it: semicolons and a decimal comma
        out.append(ref).append(';').append(day).append(';')
                .append(String.format(Locale.GERMANY, "%.2f", amount)).append(';').append(channel).append('\n');
    }

    private static String amount(int euros) {
        return BigDecimal.valueOf(euros).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }


}
