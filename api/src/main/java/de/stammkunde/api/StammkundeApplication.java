package de.stammkunde.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Stammkunde: loyalty, service and customer value for small shops. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StammkundeApplication {
    public static void main(String[] args) {
        SpringApplication.run(StammkundeApplication.class, args);
    }
}
