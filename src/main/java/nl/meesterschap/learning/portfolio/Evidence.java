package nl.meesterschap.learning.portfolio;

import java.util.List;

import nl.meesterschap.practice.StorySummary;

/** What shows the professional's learning: their own stories, feedback given and received, and sessions attended. */
public record Evidence(List<StorySummary> stories, List<Feedback> feedback, List<Activity> sessions) {
}
