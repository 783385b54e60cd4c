global using Orleans;
global using Orleans.Hosting;
