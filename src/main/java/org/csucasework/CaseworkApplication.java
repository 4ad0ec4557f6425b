package org.csucasework;

import java.time.Clock;
import org.csucasework.shared.ui.UkDates;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class CaseworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseworkApplication.class, args);
    }

    /**
     * One clock for the whole product, so that tests can move time and every service agrees on "now"; in the
     * district's zone, whatever the server's, so that "today" is the same day the users see.
     */
    @Bean
    Clock clock() {
        return Clock.system(UkDates.ZONE);
    }
}
