package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** The district the partnership serves; its population gives the rates per 1,000 in the figures. */
@Entity
@Table(name = "district")
@Getter
public class District extends ReferenceEntity {

    @NotBlank(message = "Enter the district's name")
    @Size(max = 120)
    @Column(nullable = false)
    private String name;

    @Size(max = 120)
    private String county;

    @NotNull(message = "Enter the population")
    @Min(value = 1, message = "The population must be at least 1")
    @Column(nullable = false)
    private Integer population;

    private Integer populationYear;

    @NotNull(message = "Choose the month the Strategic Assessment year starts")
    @Min(value = 1, message = "Choose a month from 1 to 12")
    @Max(value = 12, message = "Choose a month from 1 to 12")
    @Column(nullable = false)
    private Integer strategicPeriodStartMonth;

    @Override
    public String getCode() {
        return name;
    }

    public void setName(String name) { this.name = name; }
    public void setCounty(String county) { this.county = county; }
    public void setPopulation(Integer population) { this.population = population; }
    public void setPopulationYear(Integer populationYear) { this.populationYear = populationYear; }
    public void setStrategicPeriodStartMonth(Integer month) { this.strategicPeriodStartMonth = month; }
}
