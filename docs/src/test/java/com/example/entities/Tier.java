package com.example.entities;

public enum Tier {
    BASIC,
    GOLD
}
