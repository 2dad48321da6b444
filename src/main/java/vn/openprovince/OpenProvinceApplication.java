package vn.openprovince;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OpenProvince: one platform on which a province runs its administration electronically. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OpenProvince")
public class OpenProvinceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenProvinceApplication.class, args);
    }
}
